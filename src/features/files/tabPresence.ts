/** What tabs of the app tell each other about the documents they hold. */
export type PresenceMessage =
  | { type: 'query'; from: string }
  | { type: 'hold'; from: string; key: string; since: number }
  | { type: 'release'; from: string };

/** The little of a BroadcastChannel this needs, so tests can pass an in-memory bus. */
export interface PresenceChannel {
  post: (message: PresenceMessage) => void;
  listen: (onMessage: (message: unknown) => void) => () => void;
  close: () => void;
}

export interface TabPresenceDeps {
  channel: PresenceChannel;
  tabId: string;
  now: () => number;
  /** Another tab holds this tab's document with the older claim: this tab must move to a new key. */
  onConflict: (key: string) => void;
  wait?: (ms: number) => Promise<void>;
}

export interface TabPresence {
  /** Claims `key` as this tab's open document (announced to the others). */
  hold: (key: string) => void;
  /** Gives up the claim (the page is going away). */
  release: () => void;
  /** The keys the other tabs last announced. */
  heldByOthers: () => Set<string>;
  /** Asks every tab and collects what they hold for `ms`; also forgets tabs that did not answer. */
  ask: (ms: number) => Promise<Set<string>>;
  close: () => void;
}

interface Claim {
  key: string;
  since: number;
}

function isMessage(m: unknown): m is PresenceMessage {
  const r = m as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null || typeof r.from !== 'string') return false;
  if (r.type === 'hold') return typeof r.key === 'string' && typeof r.since === 'number';
  return r.type === 'query' || r.type === 'release';
}

/**
 * Keeps track of which tab holds which document, so no two tabs autosave into one key. When two
 * tabs find they hold the same key (they started at the same moment), the later claim gives way.
 */
export function createTabPresence(deps: TabPresenceDeps): TabPresence {
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let mine: Claim | null = null;
  let others = new Map<string, Claim>();
  const collectors = new Set<Map<string, Claim>>();
  const announce = () => mine && deps.channel.post({ type: 'hold', from: deps.tabId, ...mine });
  // The older claim keeps the key; equal times fall to the smaller tab id, so both tabs agree.
  const theirsWins = (theirs: Claim, from: string, own: Claim) =>
    theirs.since < own.since || (theirs.since === own.since && from < deps.tabId);

  const unlisten = deps.channel.listen((m) => {
    if (!isMessage(m) || m.from === deps.tabId) return;
    if (m.type === 'query') return void announce();
    if (m.type === 'release') {
      others.delete(m.from);
      collectors.forEach((c) => c.delete(m.from));
      return;
    }
    const claim = { key: m.key, since: m.since };
    others.set(m.from, claim);
    collectors.forEach((c) => c.set(m.from, claim));
    if (mine?.key !== m.key) return;
    if (theirsWins(claim, m.from, mine)) {
      // Given up before the handler runs, so the winner's further announcements find no conflict.
      mine = null;
      deps.onConflict(m.key);
    } else announce();
  });

  const keys = (claims: Map<string, Claim>) => new Set([...claims.values()].map((c) => c.key));

  return {
    hold: (key) => {
      if (mine?.key === key) return;
      mine = { key, since: deps.now() };
      announce();
    },
    release: () => {
      if (mine) deps.channel.post({ type: 'release', from: deps.tabId });
      mine = null;
    },
    heldByOthers: () => keys(others),
    ask: async (ms) => {
      const answers = new Map<string, Claim>();
      collectors.add(answers);
      deps.channel.post({ type: 'query', from: deps.tabId });
      await wait(ms);
      collectors.delete(answers);
      others = answers;
      return keys(answers);
    },
    close: () => {
      unlisten();
      deps.channel.close();
    },
  };
}
