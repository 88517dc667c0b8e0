/**
 * A fixed-capacity ring: pushing onto a full ring drops the oldest item. `written` counts
 * every push ever made, so a reader can ask for what came after the cursor it last saw.
 */
export class Ring<T> {
  private buf: T[] = [];
  private head = 0;
  written = 0;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error(`a ring needs a capacity of at least 1, not ${capacity}`);
  }

  get size(): number {
    return this.buf.length;
  }

  /** Items pushed out to make room. */
  get dropped(): number {
    return this.written - this.buf.length;
  }

  /** Adds an item; returns the one it pushed out, if the ring was full. */
  push(item: T): T | undefined {
    this.written++;
    if (this.buf.length < this.capacity) {
      this.buf.push(item);
      return undefined;
    }
    const out = this.buf[this.head];
    this.buf[this.head] = item;
    this.head = (this.head + 1) % this.capacity;
    return out;
  }

  /** The i-th oldest item still held (0 = oldest). */
  at(i: number): T | undefined {
    if (i < 0 || i >= this.buf.length) return undefined;
    return this.buf[(this.head + i) % this.buf.length];
  }

  /** Items oldest first. */
  toArray(): T[] {
    return [...this.buf.slice(this.head), ...this.buf.slice(0, this.head)];
  }

  /** Items pushed after `cursor` (a past value of `written`) that are still held, oldest first. */
  since(cursor: number): T[] {
    const fresh = Math.min(this.written - cursor, this.buf.length);
    const out: T[] = [];
    for (let i = this.buf.length - fresh; i < this.buf.length; i++) out.push(this.at(i)!);
    return out;
  }

  clear(): void {
    this.buf = [];
    this.head = 0;
    this.written = 0;
  }
}
