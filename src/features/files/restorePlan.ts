import { byNewest, type AutosaveMeta } from './autosaveIndex';

/** What a tab opens on start, given the autosaves and the documents other tabs hold. */
export type RestorePlan =
  | { type: 'none' }
  /** `heldNewer`: newer documents skipped because another tab has them open. */
  | { type: 'open'; entry: AutosaveMeta; heldNewer: AutosaveMeta[] }
  /** Every autosaved document is open elsewhere: edit a copy of the newest under a new key. */
  | { type: 'copy'; entry: AutosaveMeta };

/** The most recent document no other tab holds, else a copy of the newest; none without autosaves. */
export function planRestore(index: readonly AutosaveMeta[], held: ReadonlySet<string>): RestorePlan {
  const newest = [...index].sort(byNewest);
  const first = newest[0];
  if (!first) return { type: 'none' };
  const at = newest.findIndex((e) => !held.has(e.key));
  if (at < 0) return { type: 'copy', entry: first };
  return { type: 'open', entry: newest[at]!, heldNewer: newest.slice(0, at) };
}

const SUFFIX = ' (copy)';
const NAME_MAX = 80;

/** The name of a copy, within the model's 80-character limit; a copy of a copy is not renamed again. */
export function copyName(name: string): string {
  if (name.endsWith(SUFFIX)) return name;
  return `${name.slice(0, NAME_MAX - SUFFIX.length).trimEnd()}${SUFFIX}`;
}
