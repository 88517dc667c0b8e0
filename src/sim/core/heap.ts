/**
 * The event queue: a binary min-heap ordered by (time, seq), stored in typed arrays so a
 * queue of 100k+ pending events costs no per-event objects. Each entry carries three
 * integers (target node, code, arg) and an optional payload object kept in a slot table.
 */
export class EventQueue {
  private time: Float64Array;
  private seq: Float64Array;
  private slot: Int32Array;
  private target: Int32Array;
  private code: Int32Array;
  private arg: Int32Array;
  private payload: unknown[] = [];
  /** Free slot ids, as a stack. */
  private free: Int32Array;
  private freeTop = 0;
  private n = 0;
  private slots = 0;

  // Fields of the entry last returned by pop(): read them before the next pop().
  popTime = 0;
  popSeq = 0;
  popTarget = 0;
  popCode = 0;
  popArg = 0;
  popPayload: unknown = undefined;

  constructor(capacity = 1024) {
    this.time = new Float64Array(capacity);
    this.seq = new Float64Array(capacity);
    this.slot = new Int32Array(capacity);
    this.target = new Int32Array(capacity);
    this.code = new Int32Array(capacity);
    this.arg = new Int32Array(capacity);
    this.free = new Int32Array(capacity);
  }

  get size(): number {
    return this.n;
  }

  /** Time of the earliest entry; Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? this.time[0]! : Infinity;
  }

  /** Sequence number of the earliest entry; Infinity when empty. */
  peekSeq(): number {
    return this.n > 0 ? this.seq[0]! : Infinity;
  }

  /** Arg of the earliest entry (the queue must not be empty). */
  peekArg(): number {
    return this.arg[this.slot[0]!]!;
  }

  /** Adds an entry; `seq` must be unique among entries (the caller hands them out). */
  push(time: number, seq: number, target: number, code: number, arg: number, payload?: unknown): void {
    if (this.n === this.time.length) this.grow();
    const s = this.freeTop > 0 ? this.free[--this.freeTop]! : this.slots++;
    if (s >= this.target.length) this.growSlots();
    this.target[s] = target;
    this.code[s] = code;
    this.arg[s] = arg;
    if (payload !== undefined || s < this.payload.length) this.payload[s] = payload;
    const t = this.time;
    const q = this.seq;
    const sl = this.slot;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = t[p]!;
      if (pt < time || (pt === time && q[p]! < seq)) break;
      t[i] = pt;
      q[i] = q[p]!;
      sl[i] = sl[p]!;
      i = p;
    }
    t[i] = time;
    q[i] = seq;
    sl[i] = s;
  }

  /** Removes the earliest entry into the pop* fields; false when empty. */
  pop(): boolean {
    if (this.n === 0) return false;
    const t = this.time;
    const q = this.seq;
    const sl = this.slot;
    const s = sl[0]!;
    this.popTime = t[0]!;
    this.popSeq = q[0]!;
    this.popTarget = this.target[s]!;
    this.popCode = this.code[s]!;
    this.popArg = this.arg[s]!;
    if (s < this.payload.length) {
      this.popPayload = this.payload[s];
      this.payload[s] = undefined;
    } else this.popPayload = undefined;
    this.free[this.freeTop++] = s;
    const n = --this.n;
    if (n > 0) {
      const lt = t[n]!;
      const lq = q[n]!;
      const ls = sl[n]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        const r = c + 1;
        if (r < n && (t[r]! < t[c]! || (t[r] === t[c] && q[r]! < q[c]!))) c = r;
        const ct = t[c]!;
        if (lt < ct || (lt === ct && lq < q[c]!)) break;
        t[i] = ct;
        q[i] = q[c]!;
        sl[i] = sl[c]!;
        i = c;
      }
      t[i] = lt;
      q[i] = lq;
      sl[i] = ls;
    }
    return true;
  }

  private grow(): void {
    const cap = this.time.length * 2;
    this.time = copy(new Float64Array(cap), this.time);
    this.seq = copy(new Float64Array(cap), this.seq);
    this.slot = copy(new Int32Array(cap), this.slot);
  }

  private growSlots(): void {
    const cap = this.target.length * 2;
    this.target = copy(new Int32Array(cap), this.target);
    this.code = copy(new Int32Array(cap), this.code);
    this.arg = copy(new Int32Array(cap), this.arg);
    this.free = copy(new Int32Array(cap), this.free);
  }
}

function copy<T extends Float64Array | Int32Array>(to: T, from: T): T {
  to.set(from);
  return to;
}
