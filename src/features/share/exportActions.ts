import { useStore } from '../../store';
import type { ImageFormat } from './canvasImage';
import { downloadBlob } from '../../components/download';
import { safeFileName } from '../../lib/fileNames';
import { flowToMermaid } from './mermaid';
import { notify } from './notify';

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Draws the canvas with `render` and downloads it as `<flow name>.png` or `.svg`. */
export async function exportImage(
  render: (format: ImageFormat) => Promise<Blob>,
  format: ImageFormat,
): Promise<void> {
  const name = safeFileName(useStore.getState().doc.name, `.${format}`);
  try {
    downloadBlob(await render(format), name);
    notify({ tone: 'success', title: `Saved ${name}` });
  } catch (e) {
    notify({
      tone: 'error',
      title: `Could not save the canvas as ${format.toUpperCase()}`,
      details: [reason(e)],
    });
  }
}

export async function copyMermaid(): Promise<void> {
  try {
    await navigator.clipboard.writeText(flowToMermaid(useStore.getState().doc));
    notify({
      tone: 'success',
      title: 'Copied the Mermaid flowchart',
      details: [
        'Paste it into a ```mermaid block (GitHub, GitLab, Notion, Obsidian) or into the Mermaid live editor.',
      ],
    });
  } catch (e) {
    notify({
      tone: 'error',
      title: 'Could not copy the Mermaid flowchart',
      details: [`The browser refused the clipboard: ${reason(e)}. Download the .mmd file instead.`],
    });
  }
}

export function downloadMermaid(): void {
  const doc = useStore.getState().doc;
  const name = safeFileName(doc.name, '.mmd');
  downloadBlob(new Blob([flowToMermaid(doc)], { type: 'text/plain;charset=utf-8' }), name);
  notify({ tone: 'success', title: `Saved ${name}` });
}
