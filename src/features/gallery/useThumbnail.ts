import { useEffect, useState } from 'react';
import { describeLoadError, parseFlowFile } from '../../format';
import { exampleText } from './catalog';
import { GALLERY_THUMBNAIL, layoutThumbnail, thumbnailSource, type ThumbnailLayout } from './thumbnail';

export type ThumbnailState =
  { type: 'loading' } | { type: 'ready'; layout: ThumbnailLayout } | { type: 'failed'; reason: string };

const layouts = new Map<string, ThumbnailLayout>();

async function buildLayout(file: string): Promise<ThumbnailLayout> {
  const cached = layouts.get(file);
  if (cached) return cached;
  const loaded = parseFlowFile(await exampleText(file));
  if (!loaded.ok) throw new Error(loaded.error.map(describeLoadError).join(' '));
  const layout = layoutThumbnail(thumbnailSource(loaded.value), GALLERY_THUMBNAIL);
  layouts.set(file, layout);
  return layout;
}

/** The drawing of one example's nodes and edges, from its own file (fetched and laid out once). */
export function useThumbnail(file: string): ThumbnailState {
  const [state, setState] = useState<ThumbnailState>(() => {
    const cached = layouts.get(file);
    return cached ? { type: 'ready', layout: cached } : { type: 'loading' };
  });
  useEffect(() => {
    let live = true;
    buildLayout(file).then(
      (layout) => live && setState({ type: 'ready', layout }),
      (e: unknown) =>
        live && setState({ type: 'failed', reason: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [file]);
  return state;
}
