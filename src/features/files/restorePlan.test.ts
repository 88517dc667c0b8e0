import { describe, expect, it } from 'vitest';
import type { AutosaveMeta } from './autosaveIndex';
import { copyName, planRestore } from './restorePlan';

const meta = (key: string, savedAt: number): AutosaveMeta => ({ key, name: `Flow ${key}`, savedAt });
const index = [meta('old', 1), meta('newest', 3), meta('middle', 2)];

describe('planRestore', () => {
  it('opens nothing without autosaves', () => {
    expect(planRestore([], new Set())).toEqual({ type: 'none' });
  });

  it('opens the newest document when no other tab holds it', () => {
    expect(planRestore(index, new Set(['old']))).toEqual({
      type: 'open',
      entry: meta('newest', 3),
      heldNewer: [],
    });
  });

  it('opens the most recent document no other tab holds, naming the ones skipped', () => {
    expect(planRestore(index, new Set(['newest', 'middle']))).toEqual({
      type: 'open',
      entry: meta('old', 1),
      heldNewer: [meta('newest', 3), meta('middle', 2)],
    });
  });

  it('opens a copy of the newest when every document is held', () => {
    expect(planRestore(index, new Set(['old', 'middle', 'newest']))).toEqual({
      type: 'copy',
      entry: meta('newest', 3),
    });
  });

  it('ignores held keys that have no autosave', () => {
    expect(planRestore([meta('a', 1)], new Set(['zzz']))).toMatchObject({
      type: 'open',
      entry: { key: 'a' },
    });
  });
});

describe('copyName', () => {
  it('marks the copy, within the 80-character name limit', () => {
    expect(copyName('Orders')).toBe('Orders (copy)');
    const long = copyName('x'.repeat(80));
    expect(long).toHaveLength(80);
    expect(long.endsWith(' (copy)')).toBe(true);
  });
  it('does not stack the mark on a copy of a copy', () => {
    expect(copyName('Orders (copy)')).toBe('Orders (copy)');
  });
});
