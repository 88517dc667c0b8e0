import type { ReportFigures } from '../../store';

const num = (line: string, label: string): number | null => {
  const m = new RegExp(`(?:^|\\t)${label}: ([\\d.]+)`).exec(line);
  return m ? Number(m[1]) : null;
};

/** Reads the REPORT line among an invocation's log lines. */
export function readReport(lines: readonly string[]): ReportFigures | null {
  const line = lines.find((l) => l.startsWith('REPORT RequestId:'));
  if (!line) return null;
  const durationMs = num(line, 'Duration');
  const billedMs = num(line, 'Billed Duration');
  if (durationMs === null || billedMs === null) return null;
  return {
    durationMs,
    billedMs,
    memoryMb: num(line, 'Memory Size') ?? 0,
    maxMemoryMb: num(line, 'Max Memory Used'),
    initMs: num(line, 'Init Duration'),
  };
}
