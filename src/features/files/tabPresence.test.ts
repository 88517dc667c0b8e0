import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createTabPresence,
  type PresenceChannel,
  type PresenceMessage,
  type TabPresence,
} from './tabPresence';

/** An in-memory BroadcastChannel: delivers asynchronously to every other member, as browsers do. */
function bus() {
  const members = new Set<(m: unknown) => void>();
  return (): PresenceChannel => {
    let mine: ((m: unknown) => void) | null = null;
    return {
      post: (m: PresenceMessage) => {
        for (const member of members) if (member !== mine) setTimeout(() => member(structuredClone(m)), 1);
      },
      listen: (fn) => {
        mine = fn;
        members.add(fn);
        return () => void members.delete(fn);
      },
      close: () => {},
    };
  };
}

describe('createTabPresence', () => {
  let channel: () => PresenceChannel;
  let clock = 0;
  const tabs: TabPresence[] = [];
  const tab = (id: string, onConflict: (key: string) => void = () => {}) => {
    const t = createTabPresence({ channel: channel(), tabId: id, now: () => clock, onConflict });
    tabs.push(t);
    return t;
  };
  beforeEach(() => {
    vi.useFakeTimers();
    channel = bus();
    clock = 1000;
  });
  afterEach(() => {
    tabs.splice(0).forEach((t) => t.close());
    vi.useRealTimers();
  });

  it('a starting tab learns within the wait which documents the others hold', async () => {
    tab('t1').hold('A');
    tab('t2').hold('B');
    await vi.advanceTimersByTimeAsync(10);
    const asking = tab('t3').ask(100);
    await vi.advanceTimersByTimeAsync(100);
    expect([...(await asking)].sort()).toEqual(['A', 'B']);
  });

  it('a tab that left is no longer counted, and one that changed document is counted once', async () => {
    const t1 = tab('t1');
    const t2 = tab('t2');
    const t3 = tab('t3');
    t1.hold('A');
    t2.hold('B');
    await vi.advanceTimersByTimeAsync(10);
    t1.release();
    t2.hold('C');
    await vi.advanceTimersByTimeAsync(10);
    expect([...t3.heldByOthers()]).toEqual(['C']);
  });

  it('of two tabs that took the same document, the later claim gives way, and only it', async () => {
    const conflicts: string[] = [];
    const first = tab('z-first', (k) => conflicts.push(`first:${k}`));
    first.hold('A');
    clock += 5;
    const second = tab('a-second', (k) => {
      conflicts.push(`second:${k}`);
      second.hold('A2');
    });
    second.hold('A');
    await vi.advanceTimersByTimeAsync(20);
    expect(conflicts).toEqual(['second:A']);
    expect([...first.heldByOthers()]).toEqual(['A2']);
  });

  it('claims made at the same instant are settled by tab id on both sides', async () => {
    const conflicts: string[] = [];
    const t1 = tab('t1', () => conflicts.push('t1'));
    const t2 = tab('t2', () => conflicts.push('t2'));
    t1.hold('A');
    t2.hold('A');
    await vi.advanceTimersByTimeAsync(20);
    expect(conflicts).toEqual(['t2']);
  });

  it('ignores messages it does not understand', async () => {
    const t1 = tab('t1');
    const raw = channel();
    raw.listen(() => {});
    raw.post({ type: 'hold', from: 'x' } as unknown as PresenceMessage);
    raw.post({ type: 'hold', from: 'y', key: 'K', since: 1 });
    await vi.advanceTimersByTimeAsync(10);
    expect([...t1.heldByOthers()]).toEqual(['K']);
  });
});
