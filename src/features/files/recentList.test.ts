import { describe, expect, it } from 'vitest';
import { mergeRecent, recentChoices, type SavedFlow } from './recentList';

const entry = (key: string, text = `{"k":"${key}"}`): SavedFlow => ({ key, name: key, savedAt: 0, text });

describe('mergeRecent', () => {
  it('puts the new entry first and replaces the older entry of the same document', () => {
    const list = mergeRecent([entry('a'), entry('b')], entry('b', 'new text'));
    expect(list.map((e) => e.key)).toEqual(['b', 'a']);
    expect(list[0]!.text).toBe('new text');
  });
  it('drops an entry with identical content under another key', () => {
    expect(mergeRecent([entry('a', 'same')], entry('b', 'same')).map((e) => e.key)).toEqual(['b']);
  });
  it('keeps at most the limit, newest first', () => {
    let list: SavedFlow[] = [];
    for (let i = 0; i < 12; i++) list = mergeRecent(list, entry(`k${i}`));
    expect(list).toHaveLength(10);
    expect(list[0]!.key).toBe('k11');
    expect(list.at(-1)!.key).toBe('k2');
  });
});

describe('recentChoices', () => {
  const file = (key: string, savedAt: number): SavedFlow => ({
    key,
    name: `file ${key}`,
    savedAt,
    text: key,
  });
  const auto = (key: string, savedAt: number) => ({ key, name: `auto ${key}`, savedAt });

  it('lists autosaved documents that are not in Recent, newest first, without the open one', () => {
    const list = recentChoices([file('a', 1)], [auto('b', 3), auto('open', 4), auto('c', 2)], 'open');
    expect(list.map((c) => [c.type, c.key])).toEqual([
      ['autosave', 'b'],
      ['autosave', 'c'],
      ['file', 'a'],
    ]);
  });

  it('shows one entry per document, the newer of its file text and its autosave', () => {
    const list = recentChoices([file('a', 5), file('b', 1)], [auto('a', 5), auto('b', 2)], 'x');
    expect(list.map((c) => `${c.type}:${c.key}`)).toEqual(['file:a', 'autosave:b']);
  });
});
