import type { Flow } from '../../model';
import type { AutosaveMeta } from './autosaveIndex';
import { migrateLegacyAutosave, readAutosaveIndex } from './autosaveStore';
import { fetchExample, loadExampleIndex } from './examples';
import { loadAutosaved } from './loadAutosaved';
import { loadFlowFile } from './loadFlowFile';
import { notify } from './notify';
import { askHeldKeys } from './presence';
import { relativeTime } from './relativeTime';
import { copyName, planRestore } from './restorePlan';
import { replaceDocument } from './session';
import { copyNotice, skippedNotice } from './tabNotices';

let started: Promise<void> | null = null;

/**
 * Restores the most recent autosaved flow no other tab has open (a copy of the newest when all
 * are), else opens the first example. Runs once per page.
 */
export function startOnce(): Promise<void> {
  started ??= start();
  return started;
}

async function readIndex(): Promise<AutosaveMeta[]> {
  try {
    await migrateLegacyAutosave();
    return await readAutosaveIndex();
  } catch {
    // No IndexedDB (a locked-down private window): start from the example, autosave reports it.
    return [];
  }
}

async function start(): Promise<void> {
  const [index, held] = await Promise.all([readIndex(), askHeldKeys()]);
  const plan = planRestore(index, held);
  if (plan.type === 'none') return openFirstExample();
  const loaded = await loadAutosaved(plan.entry.key).catch((e: unknown) => ({
    ok: false as const,
    lines: [`The browser could not read it: ${String(e)}`],
  }));
  if (!loaded.ok) {
    notify({ tone: 'error', title: 'Could not restore your last session', details: loaded.lines });
    return openFirstExample();
  }
  const fellBack = loaded.fallback
    ? [
        `The latest autosave would not load, so this is the version saved ${relativeTime(loaded.fallback.savedAt, Date.now())}. Why:`,
        ...loaded.fallback.why,
      ]
    : [];
  if (plan.type === 'copy') return openCopy(loaded.flow, fellBack);
  replaceDocument(loaded.flow, plan.entry.key);
  if (plan.heldNewer.length > 0) {
    const notice = skippedNotice(
      loaded.flow.name,
      plan.heldNewer.map((e) => e.name),
    );
    notify({ ...notice, details: [...(notice.details ?? []), ...fellBack] });
  } else {
    notify({ tone: 'info', title: 'Restored your last session', details: fellBack });
  }
}

function openCopy(flow: Flow, extra: string[]): void {
  const copy = { ...flow, name: copyName(flow.name) };
  replaceDocument(copy);
  const notice = copyNotice(flow.name, copy.name);
  notify({ ...notice, details: [...(notice.details ?? []), ...extra] });
}

async function openFirstExample(): Promise<void> {
  try {
    const [first] = await loadExampleIndex();
    if (!first) return;
    const result = loadFlowFile(await fetchExample(first.file));
    if (result.ok) replaceDocument(result.flow);
    else notify({ tone: 'error', title: `Could not open the example ${first.title}`, details: result.lines });
  } catch (e) {
    notify({
      tone: 'error',
      title: 'Could not load the example flow',
      details: [e instanceof Error ? e.message : String(e)],
    });
  }
}
