import { describe, expect, it } from 'vitest';
import { columnCount, moveInGrid } from './gridKeys';

describe('moveInGrid (12 cards in rows of 4)', () => {
  const move = (from: number, key: string) => moveInGrid(from, key, 12, 4);

  it('moves left and right in reading order, stopping at both ends', () => {
    expect(move(0, 'ArrowRight')).toBe(1);
    expect(move(3, 'ArrowRight')).toBe(4);
    expect(move(4, 'ArrowLeft')).toBe(3);
    expect(move(0, 'ArrowLeft')).toBe(0);
    expect(move(11, 'ArrowRight')).toBe(11);
  });

  it('moves up and down within the column and stays put at the edges', () => {
    expect(move(1, 'ArrowDown')).toBe(5);
    expect(move(9, 'ArrowDown')).toBe(9);
    expect(move(5, 'ArrowUp')).toBe(1);
    expect(move(2, 'ArrowUp')).toBe(2);
  });

  it('stays in a short last row when there is no card below', () => {
    expect(moveInGrid(6, 'ArrowDown', 10, 4)).toBe(6);
    expect(moveInGrid(5, 'ArrowDown', 10, 4)).toBe(9);
  });

  it('jumps with Home and End and ignores other keys', () => {
    expect(move(7, 'Home')).toBe(0);
    expect(move(2, 'End')).toBe(11);
    expect(move(2, 'Enter')).toBeNull();
    expect(moveInGrid(0, 'ArrowRight', 0, 4)).toBeNull();
  });
});

describe('columnCount', () => {
  it('counts the resolved tracks of grid-template-columns', () => {
    expect(columnCount('250px 250px 250px 250px')).toBe(4);
    expect(columnCount(' 300.5px  300.5px ')).toBe(2);
    expect(columnCount('')).toBe(1);
  });
});
