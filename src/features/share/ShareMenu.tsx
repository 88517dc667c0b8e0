import { useState } from 'react';
import { MenuButton } from '../../components/MenuButton';
import type { MenuEntry } from '../../components/menuTypes';
import type { Flow } from '../../model';
import { useStore } from '../../store';
import { copyMermaid, downloadMermaid, exportImage } from './exportActions';
import { LinkFallbackDialog } from './LinkFallbackDialog';
import { SecretsDialog } from './SecretsDialog';
import { copyShareLink, downloadFlowFile } from './shareLinkAction';
import { TooLongDialog } from './TooLongDialog';
import { useCanvasExport } from './useCanvasExport';
import './share.css';

/** The Share menu of the top bar: a link that carries the flow, images of the canvas, Mermaid. */
export function ShareMenu() {
  const render = useCanvasExport();
  const [tooLong, setTooLong] = useState<{ length: number; flow: Flow } | null>(null);
  const [fallback, setFallback] = useState<{ url: string; reason: string } | null>(null);

  const shareLink = async (view = false) => {
    const outcome = await copyShareLink(view);
    if (outcome.type === 'tooLong') setTooLong(outcome);
    if (outcome.type === 'copyFailed') setFallback(outcome);
  };

  const entries = (): MenuEntry[] => {
    const empty = useStore.getState().doc.nodes.length === 0;
    const nothing = empty ? 'no nodes yet' : undefined;
    return [
      {
        type: 'item',
        id: 'link',
        label: 'Copy share link',
        testId: 'share.copyLink',
        onSelect: () => void shareLink(),
      },
      {
        type: 'item',
        id: 'viewLink',
        label: 'Copy view-only link',
        hint: 'slides, docs',
        testId: 'share.copyViewLink',
        onSelect: () => void shareLink(true),
      },
      { type: 'separator', id: 's1' },
      {
        type: 'item',
        id: 'png',
        label: 'Download PNG image',
        hint: nothing,
        disabled: empty,
        testId: 'share.png',
        onSelect: () => void exportImage(render, 'png'),
      },
      {
        type: 'item',
        id: 'svg',
        label: 'Download SVG image',
        hint: nothing,
        disabled: empty,
        testId: 'share.svg',
        onSelect: () => void exportImage(render, 'svg'),
      },
      {
        type: 'submenu',
        id: 'mermaid',
        label: 'Mermaid flowchart',
        testId: 'share.mermaid',
        entries: [
          {
            type: 'item',
            id: 'copy',
            label: 'Copy Mermaid',
            testId: 'share.mermaid.copy',
            onSelect: () => void copyMermaid(),
          },
          {
            type: 'item',
            id: 'download',
            label: 'Download .mmd',
            testId: 'share.mermaid.download',
            onSelect: downloadMermaid,
          },
        ],
      },
    ];
  };

  return (
    <>
      <MenuButton label="Share" menuLabel="Share" testId="share.menu" entries={entries} />
      <SecretsDialog />
      <TooLongDialog refused={tooLong} onDownload={downloadFlowFile} onClose={() => setTooLong(null)} />
      <LinkFallbackDialog failed={fallback} onClose={() => setFallback(null)} />
    </>
  );
}
