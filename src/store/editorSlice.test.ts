import { beforeEach, describe, expect, it } from 'vitest';
import { createNode, emptyFlow } from '../model';
import { useStore } from './index';
import { codeHash, draftKey, persistDrafts, restoreDrafts, type DraftStorage } from './draftStorage';
import { selectDirtyFunctionIds, selectHasDirtyDrafts } from './editorSlice';

const fn = (id: string, code: string) => {
  const n = createNode('function', id, id, { x: 0, y: 0 });
  if (n.kind !== 'function') throw new Error('not a function');
  return { ...n, settings: { ...n.settings, code } };
};

const flowWith = (...nodes: ReturnType<typeof fn>[]) => ({ ...emptyFlow(), nodes });

const codeOf = (id: string) => {
  const n = useStore.getState().doc.nodes.find((x) => x.id === id);
  return n?.kind === 'function' ? n.settings.code : null;
};

class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

describe('editor slice: drafts', () => {
  beforeEach(() => {
    useStore.getState().resetDocument(flowWith(fn('a', 'saved a'), fn('b', 'saved b')));
    useStore.getState().resetCodeDrafts({});
  });

  it('keeps a draft only while it differs from its base', () => {
    const s = useStore.getState();
    s.setCodeDraft('a', 'edited a', 'saved a');
    s.setCodeDraft('b', 'edited b', 'saved b');
    expect(selectDirtyFunctionIds(useStore.getState()).sort()).toEqual(['a', 'b']);
    useStore.getState().setCodeDraft('a', 'saved a', 'saved a');
    expect(selectDirtyFunctionIds(useStore.getState())).toEqual(['b']);
    useStore.getState().discardCodeDraft('b');
    expect(selectHasDirtyDrafts(useStore.getState())).toBe(false);
  });

  it('saves a draft as one undo step, and saveAllDrafts saves all in one', () => {
    const s = useStore.getState();
    s.setCodeDraft('a', 'edited a', 'saved a');
    useStore.getState().saveCodeDraft('a');
    expect(codeOf('a')).toBe('edited a');
    expect(selectHasDirtyDrafts(useStore.getState())).toBe(false);
    useStore.getState().undo();
    expect(codeOf('a')).toBe('saved a');

    useStore.getState().setCodeDraft('a', 'a2', 'saved a');
    useStore.getState().setCodeDraft('b', 'b2', 'saved b');
    const before = useStore.getState().past.length;
    useStore.getState().saveAllDrafts();
    expect([codeOf('a'), codeOf('b')]).toEqual(['a2', 'b2']);
    expect(useStore.getState().past.length).toBe(before + 1);
    useStore.getState().undo();
    expect([codeOf('a'), codeOf('b')]).toEqual(['saved a', 'saved b']);
  });
});

describe('draft persistence', () => {
  it('writes drafts by node id and base hash, and removes saved or discarded ones', () => {
    const st = new MemoryStorage();
    const one = { a: { code: 'x', base: 'saved a' } };
    persistDrafts(st, {}, one, false);
    expect(st.getItem(draftKey('a', 'saved a'))).toBe(JSON.stringify(one.a));
    expect(draftKey('a', 'saved a')).toContain(codeHash('saved a'));
    persistDrafts(st, one, {}, false);
    expect(st.items.size).toBe(0);
  });

  it('keeps drafts in storage when another document replaces them', () => {
    const st = new MemoryStorage();
    const one = { a: { code: 'x', base: 'saved a' } };
    persistDrafts(st, {}, one, false);
    persistDrafts(st, one, {}, true);
    expect(st.items.size).toBe(1);
  });

  it('restores only drafts whose base equals the saved code', () => {
    const st = new MemoryStorage();
    persistDrafts(st, {}, { a: { code: 'x', base: 'saved a' }, b: { code: 'y', base: 'old b' } }, false);
    const restored = restoreDrafts(st, flowWith(fn('a', 'saved a'), fn('b', 'saved b')));
    expect(restored).toEqual({ a: { code: 'x', base: 'saved a' } });
  });

  it('ignores a corrupt entry', () => {
    const st = new MemoryStorage();
    st.setItem(draftKey('a', 'saved a'), '{not json');
    expect(restoreDrafts(st, flowWith(fn('a', 'saved a')))).toEqual({});
    expect(st.items.size).toBe(0);
  });
});
