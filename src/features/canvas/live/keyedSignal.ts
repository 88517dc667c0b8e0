/**
 * Values by key (node or edge id) that many components read, each re-rendering only when its
 * own value changes: a new reader is published once; keys whose value is the same keep the
 * very same object, so React sees no change.
 */
export class KeyedSignal<T> {
  private read: (key: string) => T;
  private readonly values = new Map<string, T>();
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(
    empty: T,
    private readonly same: (a: T, b: T) => boolean = Object.is,
  ) {
    this.read = () => empty;
  }

  get = (key: string): T => {
    if (!this.values.has(key)) this.values.set(key, this.read(key));
    return this.values.get(key) as T;
  };

  subscribe(key: string, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  /** Switches to new values; tells the readers of each key whose value changed. */
  publish(read: (key: string) => T): void {
    this.read = read;
    for (const [key, old] of this.values) {
      const next = read(key);
      if (this.same(old, next)) continue;
      this.values.set(key, next);
      for (const l of [...(this.listeners.get(key) ?? [])]) l();
    }
  }
}
