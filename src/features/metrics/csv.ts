/** A CSV cell: a number, a text, or nothing (an empty cell). */
export type Cell = string | number | boolean | null | undefined;

/**
 * One cell as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break
 * (quotes doubled). Text that a spreadsheet would run as a formula (=, +, -, @ first) gets
 * a leading apostrophe: labels come from flow files that strangers share.
 */
export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return csvNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Numbers without float noise (0.1 + 0.2 -> 0.3) or exponents; not-a-number leaves the cell empty. */
export function csvNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  if (Number.isInteger(v)) return String(v);
  const s = String(Number(v.toPrecision(12)));
  if (!s.includes('e')) return s;
  const places = Math.min(100, 12 - Math.floor(Math.log10(Math.abs(v))));
  return v.toFixed(places).replace(/0+$/, '');
}

/** Lines joined with CRLF, as RFC 4180 asks; a final line break ends the file. */
export function toCsv(head: string[], rows: Cell[][]): string {
  const lines = [head.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}
