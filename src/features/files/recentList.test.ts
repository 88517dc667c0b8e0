import { describe, expect, it } from 'vitest';
import { mergeRecent, type SavedFlow } from './recentList';

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
