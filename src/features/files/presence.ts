import { currentDocKey, newKey, onDocKeyChange } from './session';
import { createTabPresence, type PresenceChannel, type TabPresence } from './tabPresence';

const CHANNEL = 'eventflow-files';
/** How long a starting tab waits for the others to say which documents they hold. */
export const ANSWER_MS = 100;

let presence: TabPresence | null = null;
let onConflict: () => void = () => {};

function openChannel(): PresenceChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  const channel = new BroadcastChannel(CHANNEL);
  return {
    post: (m) => channel.postMessage(m),
    listen: (fn) => {
      const handler = (e: MessageEvent) => fn(e.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}

/**
 * Joins the app's other tabs for the life of the page: announces the open document's key on
 * every change. `conflict` runs when another tab turns out to hold the same document first.
 */
export function joinTabs(conflict: () => void): void {
  onConflict = conflict;
  if (presence) return;
  const channel = openChannel();
  // Without BroadcastChannel this tab cannot see the others; it behaves as the only one.
  if (!channel) return;
  presence = createTabPresence({ channel, tabId: newKey(), now: Date.now, onConflict: () => onConflict() });
  presence.hold(currentDocKey());
  onDocKeyChange((key) => presence?.hold(key));
}

/** The page is going away (or into the back-forward cache): its document is free. */
export const leaveTabs = (): void => presence?.release();

/** Back from the back-forward cache: claims the document again, as the newest claim. */
export const rejoinTabs = (): void => presence?.hold(currentDocKey());

/** The documents other tabs have open, as they last said. */
export const heldElsewhere = (): ReadonlySet<string> => presence?.heldByOthers() ?? new Set();

/** Asks the other tabs which documents they have open (takes ANSWER_MS). */
export const askHeldKeys = (): Promise<ReadonlySet<string>> =>
  presence ? presence.ask(ANSWER_MS) : Promise.resolve(new Set());
