import { describe, expect, it } from 'vitest';
import { textPieces } from './textPieces';

describe('textPieces', () => {
  it('marks each case-insensitive match', () => {
    expect(textPieces('Order 42 and order 43', 'ORDER')).toEqual([
      { type: 'text', text: 'Order', match: true },
      { type: 'text', text: ' 42 and ', match: false },
      { type: 'text', text: 'order', match: true },
      { type: 'text', text: ' 43', match: false },
    ]);
  });

  it('cuts stack frames of the handler file out as links, with line and column', () => {
    const text = 'Error: bad\n    at handler (file:///var/task/index.mjs:7:11)\n    at x (node:internal:1:1)';
    const pieces = textPieces(text, '');
    expect(pieces).toEqual([
      { type: 'text', text: 'Error: bad\n    at handler (', match: false },
      { type: 'frame', text: 'file:///var/task/index.mjs:7:11', line: 7, column: 11, match: false },
      { type: 'text', text: ')\n    at x (node:internal:1:1)', match: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('keeps the text whole when there is no match or no needle', () => {
    expect(textPieces('plain', 'zzz')).toEqual([{ type: 'text', text: 'plain', match: false }]);
    expect(textPieces('plain', '   ')).toEqual([{ type: 'text', text: 'plain', match: false }]);
  });
});
