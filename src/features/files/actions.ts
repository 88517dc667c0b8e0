import { downloadBlob } from '../../components/download';
import { serializeFlow } from '../../format';
import { emptyFlow, type Flow } from '../../model';
import { useStore } from '../../store';
import { notify } from './notify';
import { fetchExample, type ExampleInfo } from './examples';
import { exportFileName } from './fileNames';
import { loadFlowFile } from './loadFlowFile';
import { loadAutosaved } from './loadAutosaved';
import { askHeldKeys } from './presence';
import type { RecentChoice } from './recentList';
import { relativeTime } from './relativeTime';
import { copyName } from './restorePlan';
import { isEmptyFlow, replaceDocument } from './session';
import { copyNotice } from './tabNotices';

// Files far above the format's own limit are refused before being read into memory at all.
const READ_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Opens a flow file's content; on failure nothing changes and every reason is shown in a
 * toast. Returns those reasons (empty when it opened) for callers that also show them in place.
 */
export function openFlowInput(input: string | Uint8Array, sourceName: string): string[] {
  const result = loadFlowFile(input);
  if (!result.ok) {
    notify({ tone: 'error', title: `Could not open ${sourceName}`, details: result.lines });
    return result.lines;
  }
  replaceDocument(result.flow);
  const obvious = sourceName === result.flow.name || sourceName === exportFileName(result.flow.name);
  const from = obvious ? [] : [`from ${sourceName}`];
  if (result.errorCount > 0) {
    useStore.getState().setDockTab('problems');
    notify({
      tone: 'info',
      title: `Opened ${result.flow.name} with ${plural(result.errorCount, 'problem')} to fix`,
      details: [...from, 'They are listed in Problems; click one to go to it.'],
    });
  } else {
    notify({ tone: 'success', title: `Opened ${result.flow.name}`, details: from });
  }
  return [];
}

export async function openFile(file: File): Promise<boolean> {
  if (file.size > READ_LIMIT_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    notify({
      tone: 'error',
      title: `Could not open ${file.name}`,
      details: [`This file is ${mb} MB, far larger than any flow file. Is it the right file?`],
    });
    return false;
  }
  try {
    return openFlowInput(new Uint8Array(await file.arrayBuffer()), file.name).length === 0;
  } catch (e) {
    notify({
      tone: 'error',
      title: `Could not open ${file.name}`,
      details: [`The browser could not read it: ${String(e)}`],
    });
    return false;
  }
}

export async function openExample(example: ExampleInfo): Promise<boolean> {
  let text: string;
  try {
    text = await fetchExample(example.file);
  } catch (e) {
    notify({
      tone: 'error',
      title: `Could not open the example ${example.title}`,
      details: [e instanceof Error ? e.message : String(e)],
    });
    return false;
  }
  return openFlowInput(text, example.title).length === 0;
}

/** Opens a Recent entry; one another tab has open opens as a copy, so neither tab overwrites the other. */
export async function openRecent(choice: RecentChoice): Promise<boolean> {
  const [result, held] = await Promise.all([
    choice.type === 'file'
      ? loadFlowFile(choice.text)
      : loadAutosaved(choice.key).catch((e: unknown) => ({
          ok: false as const,
          lines: [`The browser could not read it: ${String(e)}`],
        })),
    askHeldKeys(),
  ]);
  if (!result.ok) {
    notify({ tone: 'error', title: `Could not open ${choice.name}`, details: result.lines });
    return false;
  }
  if (held.has(choice.key)) {
    const copy = { ...result.flow, name: copyName(result.flow.name) };
    replaceDocument(copy);
    notify(copyNotice(result.flow.name, copy.name));
    return true;
  }
  replaceDocument(result.flow, choice.key);
  const fellBack = 'fallback' in result && result.fallback;
  const when = fellBack ? relativeTime(fellBack.savedAt, Date.now()) : '';
  notify({
    tone: 'success',
    title: `Opened ${result.flow.name}`,
    details: fellBack ? [`Its latest autosave would not load, so this is the version saved ${when}.`] : [],
  });
  return true;
}

export function newFlow(): void {
  const hadWork = !isEmptyFlow(useStore.getState().doc);
  replaceDocument(emptyFlow());
  notify({ tone: 'info', title: 'New flow', details: hadWork ? ['Previous flow kept in Recent.'] : [] });
}

/** Looks at a flow before it leaves the app (the secrets check); null cancels the export. */
export type ExportGuard = (flow: Flow) => Promise<Flow | null>;
let exportGuard: ExportGuard | null = null;

/** The app installs the secrets check here (features do not import each other). */
export function setExportGuard(guard: ExportGuard | null): void {
  exportGuard = guard;
}

/** Downloads the document as `<name>.eventflow.json`, warning when it would not load elsewhere. */
export async function exportCurrentFlow(): Promise<void> {
  const current = useStore.getState().doc;
  const doc = exportGuard ? await exportGuard(current) : current;
  if (!doc) return;
  const text = serializeFlow(doc);
  const fileName = exportFileName(doc.name);
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
  const check = loadFlowFile(text);
  if (check.ok && check.errorCount === 0) {
    notify({ tone: 'success', title: `Saved ${fileName}` });
  } else {
    const count = check.ok ? check.errorCount : check.lines.length;
    notify({
      tone: 'info',
      title: `Saved ${fileName} with ${plural(count, 'problem')}`,
      details: ['It opens, but `eventflow validate` and a run will report them (see Problems).'],
    });
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
