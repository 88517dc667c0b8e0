import { Flow } from '../../model';
import { currentDocKey } from './session';
import { writeAutosave } from './storage';

/** Writes the document as the autosave; when the schema accepts it, it is also the last good state. */
export async function persistDocument(doc: Flow): Promise<void> {
  const good = Flow.safeParse(doc).success;
  await writeAutosave({ key: currentDocKey(), name: doc.name, savedAt: Date.now(), doc }, good);
}
