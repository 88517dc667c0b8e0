import { notify } from './notify';
import { fetchExample, loadExampleIndex } from './examples';
import { loadFlowFile, loadSavedDocument } from './loadFlowFile';
import { relativeTime } from './relativeTime';
import { replaceDocument } from './session';
import { readAutosave } from './storage';

let started: Promise<void> | null = null;

/** Restores the autosaved flow, else opens the first example. Runs once per page. */
export function startOnce(): Promise<void> {
  started ??= start();
  return started;
}

async function start(): Promise<void> {
  let saved: Awaited<ReturnType<typeof readAutosave>> = { latest: null, lastGood: null };
  try {
    saved = await readAutosave();
  } catch {
    // No IndexedDB (a locked-down private window): start from the example, autosave reports it.
  }
  if (saved.latest) {
    const latest = loadSavedDocument(saved.latest.doc);
    if (latest.ok) {
      replaceDocument(latest.flow, saved.latest.key);
      notify({ tone: 'info', title: 'Restored your last session' });
      return;
    }
    const good = saved.lastGood ? loadSavedDocument(saved.lastGood.doc) : null;
    if (good?.ok && saved.lastGood) {
      replaceDocument(good.flow, saved.lastGood.key);
      const when = relativeTime(saved.lastGood.savedAt, Date.now());
      notify({
        tone: 'info',
        title: 'Restored your last session',
        details: [
          `The latest autosave would not load, so this is the version saved ${when}. Why:`,
          ...latest.lines,
        ],
      });
      return;
    }
    notify({ tone: 'error', title: 'Could not restore your last session', details: latest.lines });
  }
  await openFirstExample();
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
