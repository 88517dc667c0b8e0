import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import type { JsonRecord } from './envelope';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const v1 = () =>
  JSON.parse(
    readFileSync(new URL('./fixtures/v1/all-kinds.eventflow.json', import.meta.url), 'utf8'),
  ) as JsonRecord;

/** A test-only step: format 2 renames run.durationSeconds to run.duration (milliseconds). */
const renameDuration: Migration = {
  from: 1,
  to: 2,
  name: 'run duration in milliseconds',
  up(doc) {
    const { durationSeconds, ...run } = doc.run as { durationSeconds: number };
    return { ...doc, run: { ...run, durationMs: durationSeconds * 1000 } };
  },
};
const addTags: Migration = {
  from: 2,
  to: 3,
  name: 'node tags',
  up: (doc) => ({ ...doc, nodes: (doc.nodes as JsonRecord[]).map((n) => ({ ...n, tags: [] })) }),
};

describe('migrate', () => {
  it('runs the steps in order, sets formatVersion, and never mutates a deep-frozen input', () => {
    const input = deepFreeze(v1());
    const before = JSON.stringify(input);
    const result = migrate(input, 1, 3, [addTags, renameDuration]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.formatVersion).toBe(3);
    expect(result.value.run).toMatchObject({ durationMs: 120_000 });
    expect((result.value.nodes as JsonRecord[]).every((n) => Array.isArray(n.tags))).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('a step that tries to mutate its frozen input fails as a migration error, not an exception', () => {
    const mutating: Migration = {
      from: 1,
      to: 2,
      name: 'in place',
      up: (doc) => Object.assign(doc, { formatVersion: 2 }),
    };
    const result = migrate(deepFreeze(v1()), 1, 2, [mutating]);
    expect(result).toMatchObject({
      ok: false,
      error: { type: 'migration', from: 1, to: 2, name: 'in place' },
    });
  });

  it('refuses a gap in the steps', () => {
    const result = migrate(v1(), 1, 3, [addTags]);
    expect(result).toMatchObject({
      ok: false,
      error: {
        type: 'migration',
        from: 1,
        to: 2,
        message: expect.stringContaining('No migration from format 1 to 2'),
      },
    });
  });

  it('does nothing for a current file; the shipped steps are contiguous and named', () => {
    const doc = v1();
    expect(migrate(doc, 1, 1)).toEqual({ ok: true, value: doc });
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      expect(m.from).toBe(i + 1);
      expect(m.name).not.toBe('');
    });
  });
});
