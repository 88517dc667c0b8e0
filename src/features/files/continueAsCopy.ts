import { useStore } from '../../store';
import { notify } from './notify';
import { persistDocument } from './persist';
import { rekeyDocument } from './session';
import { conflictNotice } from './tabNotices';

/**
 * Another tab holds this tab's document with the older claim: this tab's version becomes a
 * document of its own, saved at once (its saved edits under the old key would be overwritten).
 */
export function continueAsCopy(): void {
  rekeyDocument();
  notify(conflictNotice());
  persistDocument(useStore.getState().doc).catch(() => {
    // The next edit saves again, and the autosave status reports a lasting failure.
  });
}
