import { Flow } from '../../model';
import { writeAutosave } from './autosaveStore';
import { heldElsewhere } from './presence';
import { currentDocKey } from './session';

/** Writes the document's autosave; when the schema accepts it, it is also its last good state. */
export async function persistDocument(doc: Flow): Promise<void> {
  const good = Flow.safeParse(doc).success;
  const entry = { key: currentDocKey(), name: doc.name, savedAt: Date.now(), doc };
  await writeAutosave(entry, good, heldElsewhere());
}
