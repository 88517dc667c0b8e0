import { describe, expect, it } from 'vitest';
import { autosavesToDrop, upsertMeta, type AutosaveMeta } from './autosaveIndex';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 100 * DAY;
const meta = (key: string, savedAt: number): AutosaveMeta => ({ key, name: key, savedAt });
/** `n` entries k0..k(n-1), k0 the oldest, one minute apart, all recent. */
const entries = (n: number) => Array.from({ length: n }, (_, i) => meta(`k${i}`, NOW - DAY + i * 60_000));
const none = new Set<string>();

describe('upsertMeta', () => {
  it('keeps one entry per document, newest first, without the document itself', () => {
    const index = upsertMeta([meta('a', 1), meta('b', 2)], { ...meta('a', 3), doc: {} } as AutosaveMeta);
    expect(index).toEqual([meta('a', 3), meta('b', 2)]);
  });
});

describe('autosavesToDrop', () => {
  it('drops nothing up to the limit, whatever their age', () => {
    const old = entries(20).map((e) => ({ ...e, savedAt: 0 }));
    expect(autosavesToDrop(old, [], none, NOW)).toEqual([]);
  });

  it('drops the oldest past the limit when Recent has them at least as new', () => {
    const index = entries(22);
    const recent = index.map((e) => ({ key: e.key, savedAt: e.savedAt }));
    expect(autosavesToDrop(index, recent, none, NOW)).toEqual(['k0', 'k1']);
  });

  it('keeps an entry whose Recent copy is older than its autosave', () => {
    const index = entries(21);
    const recent = [
      { key: 'k0', savedAt: index[0]!.savedAt - 1 },
      { key: 'k1', savedAt: index[1]!.savedAt },
    ];
    expect(autosavesToDrop(index, recent, none, NOW)).toEqual(['k1']);
  });

  it('drops entries older than the age limit even when not in Recent', () => {
    const index = [...entries(20), meta('ancient', NOW - 31 * DAY)];
    expect(autosavesToDrop(index, [], none, NOW)).toEqual(['ancient']);
  });

  it('keeps more than the limit rather than drop work found nowhere else', () => {
    expect(autosavesToDrop(entries(25), [], none, NOW)).toEqual([]);
  });

  it('never drops a document a tab has open', () => {
    const index = [...entries(20), meta('open', NOW - 90 * DAY)];
    expect(autosavesToDrop(index, [{ key: 'open', savedAt: NOW }], new Set(['open']), NOW)).toEqual([]);
  });
});
