import type { NodeSummary, RunSummary } from '../../sim';

/** Readable tables of a run summary, one row per node, grouped by what the node is. */
export function summaryLines(s: RunSummary): string[] {
  const lines: string[] = [];
  lines.push(
    `Flow "${s.flowName}": ${formatDuration(s.reachedMs)} of virtual time from ${s.startTime}, seed ${s.seed}, ` +
      `${int(s.eventsProcessed)} events${s.completed ? '' : ' (stopped early)'}`,
  );
  const producers = s.nodes.filter(
    (n) => n.kind === 'client' || n.kind === 'schedule' || n.kind === 'source',
  );
  const functions = s.nodes.filter((n) => n.kind === 'function');
  const others = s.nodes.filter((n) => !producers.includes(n) && !functions.includes(n));
  if (producers.length > 0) {
    lines.push('', 'Producers');
    lines.push(
      ...table(
        [
          'node',
          'kind',
          'sent',
          '2xx',
          '4xx',
          '5xx',
          'fn errors',
          'timeouts',
          'retries',
          'rejected',
          'e2e p50',
          'p90',
          'p99',
          'max',
        ],
        producers.map((n) => {
          const c = n.counters;
          const e = n.histograms.e2eLatency;
          return [
            n.nodeId,
            n.kind,
            int(c.requests ?? c.fires ?? c.events ?? 0),
            opt(c.responses2xx),
            opt(c.responses4xx),
            opt(c.responses5xx),
            opt(c.functionErrors),
            opt(c.timeouts),
            opt(c.retries),
            opt(c.rejected),
            ms(e?.p50, e),
            ms(e?.p90, e),
            ms(e?.p99, e),
            ms(e?.max, e),
          ];
        }),
      ),
    );
  }
  if (functions.length > 0) {
    lines.push('', 'Functions (durations in ms; concurrency and environments as mean / max)');
    lines.push(
      ...table(
        [
          'node',
          'invocations',
          'errors',
          'throttles',
          'rejected',
          'cold',
          'cold %',
          'concurrency',
          'environments',
          'idle',
          'p50',
          'p90',
          'p99',
          'max',
          'cost $',
        ],
        functions.map((n) => functionRow(n)),
      ),
    );
  }
  if (others.length > 0) {
    lines.push('', 'Other nodes');
    for (const n of others) {
      const counters = Object.entries(n.counters).map(([k, v]) => `${k} ${int(v)}`);
      lines.push(
        `  ${n.nodeId} (${n.kind}${n.simulated ? '' : ', not simulated yet'}): ${counters.join(', ') || 'nothing reached it'}`,
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

function functionRow(n: NodeSummary): string[] {
  const c = n.counters;
  const g = n.gauges;
  const d = n.histograms.duration;
  const share = n.derived.coldStartShare ?? 0;
  return [
    n.nodeId,
    int(c.invocations ?? 0),
    int(c.errors ?? 0),
    int(c.throttles ?? 0),
    int(c.rejections ?? 0),
    int(c.coldStarts ?? 0),
    `${(share * 100).toFixed(share < 0.1 ? 2 : 1)}`,
    pair(g.concurrency),
    pair(g.environments),
    pair(g.environmentsIdle),
    ms(d?.p50, d),
    ms(d?.p90, d),
    ms(d?.p99, d),
    ms(d?.max, d),
    (n.costUsd ?? 0).toFixed(6),
  ];
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
const opt = (v: number | undefined) => (v === undefined ? '-' : int(v));
const ms = (v: number | undefined, h: { count: number } | undefined) =>
  v === undefined || !h || h.count === 0 ? '-' : v < 10 ? v.toFixed(2) : v.toFixed(0);
const pair = (g: { mean: number; max: number } | undefined) =>
  g ? `${g.mean.toFixed(1)} / ${int(g.max)}` : '-';
