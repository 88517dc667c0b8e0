import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveState } from './autosave';

function fakeDoc() {
  let state = { doc: 'v0', revision: 0 };
  const listeners = new Set<() => void>();
  return {
    edit(doc: string) {
      state = { doc, revision: state.revision + 1 };
      listeners.forEach((l) => l());
    },
    read: () => state,
    subscribe: (l: () => void) => (listeners.add(l), () => void listeners.delete(l)),
  };
}

describe('createAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, after the changes stop for the delay', async () => {
    const doc = fakeDoc();
    const writes: string[] = [];
    const states: AutosaveState[] = [];
    const saver = createAutosave({
      ...doc,
      delayMs: 500,
      write: async (d) => void writes.push(d),
      onState: (s) => states.push(s),
    });
    doc.edit('v1');
    await vi.advanceTimersByTimeAsync(300);
    doc.edit('v2');
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toEqual(['v2']);
    expect(states.at(-1)).toBe('saved');
    saver.destroy();
  });

  it('flush writes at once and does nothing when already saved', async () => {
    const doc = fakeDoc();
    const writes: string[] = [];
    const saver = createAutosave({
      ...doc,
      delayMs: 500,
      write: async (d) => void writes.push(d),
      onState: () => {},
    });
    await saver.flush();
    expect(writes).toEqual([]);
    doc.edit('v1');
    await saver.flush();
    expect(writes).toEqual(['v1']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['v1']);
    saver.destroy();
  });

  it('a change during a write is saved by a following write', async () => {
    const doc = fakeDoc();
    const writes: string[] = [];
    let release: () => void = () => {};
    const saver = createAutosave({
      ...doc,
      delayMs: 100,
      write: (d) => {
        writes.push(d);
        return new Promise<void>((r) => (release = r));
      },
      onState: () => {},
    });
    doc.edit('v1');
    await vi.advanceTimersByTimeAsync(100);
    doc.edit('v2');
    release();
    await vi.advanceTimersByTimeAsync(200);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['v1', 'v2']);
    saver.destroy();
  });

  it('reports a failed write as an error', async () => {
    const doc = fakeDoc();
    const states: AutosaveState[] = [];
    const saver = createAutosave({
      ...doc,
      delayMs: 10,
      write: () => Promise.reject(new Error('quota')),
      onState: (s) => states.push(s),
    });
    doc.edit('v1');
    await vi.advanceTimersByTimeAsync(10);
    expect(states).toContain('error');
    saver.destroy();
  });
});
