import { summaryTables, type RunSummary } from '../../sim';

/** Readable tables of a run summary, one row per node, grouped by what the node is. */
export function summaryLines(s: RunSummary): string[] {
  const lines: string[] = [];
  lines.push(
    `Flow "${s.flowName}": ${formatDuration(s.reachedMs)} of virtual time from ${s.startTime}, seed ${s.seed}, ` +
      `${int(s.eventsProcessed)} events${s.completed ? '' : ' (stopped early)'}`,
  );
  // The same tables as the app's Summary panel; the CLI names nodes by id.
  for (const t of summaryTables(s, (n) => n.nodeId)) {
    lines.push('', t.title);
    if (t.id === 'others') {
      for (const { cells } of t.rows) lines.push(`  ${cells[0]} (${cells[1]}): ${cells[2]}`);
    } else {
      lines.push(
        ...table(
          t.head,
          t.rows.map((r) => r.cells),
        ),
      );
    }
  }
  lines.push(
    '',
    `Lambda cost: $${s.lambdaCostUsd.toFixed(6)} (requests, duration, INIT); other services not priced, nor provisioned concurrency`,
  );
  const sp = s.spans;
  lines.push(
    `Spans: ${int(sp.kept)} kept of ${int(sp.seen)} (${int(sp.sampledOut)} sampled out, ${int(sp.evicted)} pushed out by newer ones)`,
  );
  if (s.warnings.length > 0) {
    lines.push('', 'Warnings');
    for (const w of s.warnings) lines.push(`  ${w.nodeId}: ${w.message}`);
  }
  return lines;
}

/** The summary as `--json` prints it: the same figures as the table. */
export function summaryJson(s: RunSummary): Record<string, unknown> {
  return { ...s };
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    '  ' + r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [fmt(head), ...rows.map(fmt)];
}

/** "10m", "90s", "1h30m", "500ms", "2d" or plain seconds, to milliseconds; null if unreadable. */
export function parseDuration(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let end = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * units[m[2]!]!;
    end = re.lastIndex;
  }
  return end === text.length && end > 0 && total > 0 ? total : null;
}

export function formatDuration(msTotal: number): string {
  if (msTotal < 1000) return `${msTotal} ms`;
  const s = msTotal / 1000;
  if (s < 120) return `${+s.toFixed(3)} s`;
  if (s < 7200) return `${+(s / 60).toFixed(2)} min`;
  return `${+(s / 3600).toFixed(2)} h`;
}

const int = (v: number) => Math.round(v).toLocaleString('en-US');
