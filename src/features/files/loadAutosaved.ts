import type { Flow } from '../../model';
import { readAutosaved } from './autosaveStore';
import { loadSavedDocument } from './loadFlowFile';

export type AutosaveLoad =
  | { ok: true; flow: Flow; fallback: null }
  /** The latest autosave did not load (`why`); this is the last good one, saved at `savedAt`. */
  | { ok: true; flow: Flow; fallback: { savedAt: number; why: string[] } }
  | { ok: false; lines: string[] };

/** A document's latest autosave, else its last good one, through the format's pipeline. */
export async function loadAutosaved(key: string): Promise<AutosaveLoad> {
  const saved = await readAutosaved(key);
  if (!saved.latest) return { ok: false, lines: ['This browser no longer has the autosave of this flow.'] };
  const latest = loadSavedDocument(saved.latest.doc);
  if (latest.ok) return { ok: true, flow: latest.flow, fallback: null };
  const good = saved.lastGood ? loadSavedDocument(saved.lastGood.doc) : null;
  if (good?.ok && saved.lastGood) {
    return { ok: true, flow: good.flow, fallback: { savedAt: saved.lastGood.savedAt, why: latest.lines } };
  }
  return { ok: false, lines: latest.lines };
}
