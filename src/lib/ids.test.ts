import { describe, expect, it } from 'vitest';
import { idAllocator, nextId, nextIds } from './ids';

describe('nextId', () => {
  it('starts at 1 and goes one past the highest number taken', () => {
    expect(nextId('function', [])).toBe('function1');
    expect(nextId('function', ['function1', 'function7', 'queue9'])).toBe('function8');
  });

  it('ignores ids that only share the prefix', () => {
    expect(nextId('e', ['edge4', 'e2x', 'e3'])).toBe('e4');
  });

  it('gives several ids in a row', () => {
    expect(nextIds('note', ['note2'], 3)).toEqual(['note3', 'note4', 'note5']);
  });
});

describe('idAllocator', () => {
  it('never hands out the same id twice', () => {
    const next = idAllocator(['queue1']);
    expect([next('queue'), next('queue'), next('function')]).toEqual(['queue2', 'queue3', 'function1']);
  });
});
