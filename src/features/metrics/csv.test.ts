import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('billCustomer')).toBe('billCustomer');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(true)).toBe('true');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-rm')).toBe("'-rm");
    expect(csvCell('@sum')).toBe("'@sum");
    // Negative numbers are numbers, not formulas.
    expect(csvCell(-3)).toBe('-3');
  });

  it('leaves empty cells for missing values and non-finite numbers', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
  });
});

describe('csvNumber', () => {
  it('drops float noise and never writes exponents', () => {
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(0.0005313297353249991)).toBe('0.000531329735325');
    expect(csvNumber(2.0833e-7)).toBe('0.00000020833');
    expect(csvNumber(1234567)).toBe('1234567');
    expect(csvNumber(-12.5)).toBe('-12.5');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends and a final line break', () => {
    expect(
      toCsv(
        ['node', 'n'],
        [
          ['a', 1],
          ['b,c', null],
        ],
      ),
    ).toBe('node,n\r\na,1\r\n"b,c",\r\n');
  });
});
