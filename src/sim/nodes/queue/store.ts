import type { StoredMessage } from './message';

/** FIFO deduplication interval: 5 minutes. */
export const DEDUP_WINDOW_MS = 5 * 60_000;

interface Group {
  /** Messages of the group not yet deleted, in send order. */
  msgs: StoredMessage[];
  inFlight: number;
}

/**
 * The messages of one queue and their states (delayed, visible, in flight). Standard
 * queues serve visible messages roughly in the order they became visible; FIFO queues serve
 * each message group in order and hide a group while any of its messages is in flight.
 */
export class QueueStore {
  readonly live = new Map<string, StoredMessage>();
  visible = 0;
  inFlight = 0;
  delayed = 0;
  private deque: StoredMessage[] = [];
  private head = 0;
  private groups = new Map<string, Group>();
  private ready: string[] = [];
  private readyHead = 0;
  private readySet = new Set<string>();
  private dedup = new Map<string, { id: string; until: number }>();
  private dedupOrder: string[] = [];
  private dedupHead = 0;

  constructor(readonly fifo: boolean) {}

  private setState(m: StoredMessage, state: StoredMessage['state']): void {
    if (m.state === 'visible') this.visible--;
    else if (m.state === 'inflight') this.inFlight--;
    else if (m.state === 'delayed') this.delayed--;
    if (state === 'visible') this.visible++;
    else if (state === 'inflight') this.inFlight++;
    else if (state === 'delayed') this.delayed++;
    m.state = state;
    m.token++;
  }

  /** Adds a new message, delayed or visible (m.state says which; counted here). */
  add(m: StoredMessage): void {
    const state = m.state;
    m.state = 'gone';
    this.live.set(m.id, m);
    if (this.fifo) {
      let g = this.groups.get(m.groupId!);
      if (!g) this.groups.set(m.groupId!, (g = { msgs: [], inFlight: 0 }));
      g.msgs.push(m);
    }
    if (state === 'visible') this.makeVisible(m);
    else this.setState(m, state);
  }

  /** A delayed or in-flight message becomes visible. */
  makeVisible(m: StoredMessage): void {
    const wasInFlight = m.state === 'inflight';
    this.setState(m, 'visible');
    if (!this.fifo) {
      this.deque.push(m);
      return;
    }
    const g = this.groups.get(m.groupId!)!;
    if (wasInFlight) g.inFlight--;
    this.touch(m.groupId!);
  }

  private touch(gid: string): void {
    const g = this.groups.get(gid);
    if (!g || g.inFlight > 0 || g.msgs[0]?.state !== 'visible' || this.readySet.has(gid)) return;
    this.readySet.add(gid);
    this.ready.push(gid);
  }

  /** Whether a receive now would return something. */
  hasReceivable(): boolean {
    if (!this.fifo) return this.visible > 0;
    while (this.readyHead < this.ready.length) {
      const gid = this.ready[this.readyHead]!;
      const g = this.groups.get(gid);
      if (g && g.inFlight === 0 && g.msgs[0]?.state === 'visible') return true;
      this.readyHead++;
      this.readySet.delete(gid);
    }
    this.compactReady();
    return false;
  }

  private compactReady(): void {
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.readyHead);
      this.readyHead = 0;
    }
  }

  /**
   * ReceiveMessage: up to `max` messages within `maxBytes` (the first one always, when
   * `atLeastOne`). A message for which `moveAway` says true leaves the queue instead
   * (redrive) and is listed in `moved`.
   */
  receive(
    max: number,
    maxBytes: number,
    atLeastOne: boolean,
    moveAway: (m: StoredMessage) => boolean,
  ): { received: StoredMessage[]; moved: StoredMessage[] } {
    const received: StoredMessage[] = [];
    const moved: StoredMessage[] = [];
    let bytes = 0;
    const fits = (m: StoredMessage) => (atLeastOne && received.length === 0) || bytes + m.size <= maxBytes;
    const take = (m: StoredMessage): boolean => {
      if (moveAway(m)) {
        this.remove(m);
        moved.push(m);
        return false;
      }
      this.setState(m, 'inflight');
      bytes += m.size;
      received.push(m);
      return true;
    };
    if (!this.fifo) {
      while (received.length < max && this.head < this.deque.length) {
        const m = this.deque[this.head]!;
        if (m.state !== 'visible') {
          this.head++;
          continue;
        }
        if (!fits(m)) break;
        this.head++;
        take(m);
      }
      if (this.head > 1024 && this.head * 2 > this.deque.length) {
        this.deque = this.deque.slice(this.head);
        this.head = 0;
      }
      return { received, moved };
    }
    let full = false;
    while (!full && received.length < max && this.hasReceivable()) {
      const gid = this.ready[this.readyHead++]!;
      this.readySet.delete(gid);
      const g = this.groups.get(gid)!;
      let i = 0;
      while (received.length < max && i < g.msgs.length) {
        const m = g.msgs[i]!;
        if (m.state !== 'visible') break;
        if (!fits(m)) {
          full = true;
          break;
        }
        if (take(m)) {
          g.inFlight++;
          i++;
        }
      }
      this.touch(gid);
    }
    return { received, moved };
  }

  /** Deletes a message (consumed, expired or moved). */
  remove(m: StoredMessage): void {
    if (m.state === 'gone') return;
    const wasInFlight = m.state === 'inflight';
    this.setState(m, 'gone');
    this.live.delete(m.id);
    if (!this.fifo) return;
    const gid = m.groupId!;
    const g = this.groups.get(gid)!;
    if (wasInFlight) g.inFlight--;
    const at = g.msgs.indexOf(m);
    if (at >= 0) g.msgs.splice(at, 1);
    if (g.msgs.length === 0) this.groups.delete(gid);
    else this.touch(gid);
  }

  /** Enqueue time of the oldest message, or null when empty. */
  oldestSentAt(): number | null {
    const first = this.live.values().next();
    return first.done ? null : first.value.sentAt;
  }

  /** Deletes messages older than the retention period; returns them. */
  expire(now: number, retentionMs: number): StoredMessage[] {
    const out: StoredMessage[] = [];
    for (const m of this.live.values()) {
      if (m.sentAt + retentionMs > now) break;
      out.push(m);
    }
    for (const m of out) this.remove(m);
    return out;
  }

  /** The message id already sent with this deduplication id in the last 5 minutes, if any. */
  duplicateOf(key: string, now: number): string | null {
    while (this.dedupHead < this.dedupOrder.length) {
      const k = this.dedupOrder[this.dedupHead]!;
      const e = this.dedup.get(k);
      if (e && e.until > now) break;
      if (e) this.dedup.delete(k);
      this.dedupHead++;
    }
    if (this.dedupHead > 1024 && this.dedupHead * 2 > this.dedupOrder.length) {
      this.dedupOrder = this.dedupOrder.slice(this.dedupHead);
      this.dedupHead = 0;
    }
    const e = this.dedup.get(key);
    return e && e.until > now ? e.id : null;
  }

  rememberDedup(key: string, id: string, now: number): void {
    this.dedup.set(key, { id, until: now + DEDUP_WINDOW_MS });
    this.dedupOrder.push(key);
  }
}
