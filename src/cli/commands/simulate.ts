import { describeLoadError, parseFlowFile } from '../../format';
import { FLOW_CHECKERS } from '../../sim/patterns';
import { DEFAULT_HANDLER, type Flow } from '../../model';
import { createSimulation, type RunResult } from '../../sim';
import { runSimulation } from '../../runtime/driver';
import type { CliCommand, CliIO } from '../io';
import { nodeHandlerPool } from '../nodePool';
import { formatDuration, parseDuration, summaryJson, summaryLines } from './simulateReport';

const USAGE = [
  'Usage: simulate FILE [--duration 10m] [--seed N] [--code auto|on|off] [--json] [--trace out.ndjson]',
  '',
  'Runs a flow in virtual time and prints a summary per node (--json: the same figures as JSON).',
  "  --duration   virtual time to run (e.g. 90s, 10m, 1h); default: the flow's run settings",
  "  --seed       random seed (0 to 4294967295); default: the flow's run settings",
  '  --trace      write the kept spans to a file, one JSON record per line',
  "  --code       run the functions' handler code in worker threads (on), or only their declared",
  '               duration and error rate (off); auto (default): on when any function has its own code',
];

type CodeMode = 'auto' | 'on' | 'off';

interface Options {
  file: string;
  durationMs?: number;
  seed?: number;
  json: boolean;
  trace?: string;
  code: CodeMode;
}

export const run: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    USAGE.forEach((l) => io.out(l));
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`simulate: ${parsed}`);
    USAGE.forEach((l) => io.err(l));
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(parsed.file);
  } catch (e) {
    io.err(`simulate: cannot read ${parsed.file}: ${(e as Error).message}`);
    return 1;
  }
  const loaded = parseFlowFile(bytes, {
    checkers: FLOW_CHECKERS,
  });
  if (!loaded.ok) {
    io.err(
      `${parsed.file}: not a valid flow, ${loaded.error.length} ${loaded.error.length === 1 ? 'problem' : 'problems'}:`,
    );
    for (const e of loaded.error) io.err(`  ${describeLoadError(e)}`);
    return 1;
  }
  const withCode = parsed.code === 'on' || (parsed.code === 'auto' && hasOwnCode(loaded.value));
  const result = withCode
    ? await simulateWithCode(loaded.value, parsed, io)
    : simulate(loaded.value, parsed, io);
  if (parsed.trace) {
    io.writeFile(
      parsed.trace,
      result.spans.map((s) => JSON.stringify(s)).join('\n') + (result.spans.length > 0 ? '\n' : ''),
    );
  }
  if (parsed.json) io.out(JSON.stringify(summaryJson(result.summary), null, 2));
  else {
    summaryLines(result.summary).forEach((l) => io.out(l));
    if (withCode)
      io.out(
        "Handler code: ran in worker threads (declared duration + the code's virtual waits and SDK calls).",
      );
    else if (result.summary.nodes.some((n) => n.kind === 'function')) {
      io.out(
        `Note: handler code did not run (${parsed.code === 'off' ? '--code off' : 'every function has the default handler'}); each function worked for its`,
      );
      io.out(
        '      declared duration and error rate and returned null (an API Gateway in front of it answers 502 to that).',
      );
    }
  }
  if (parsed.trace && !parsed.json) io.out(`Trace: ${result.spans.length} spans written to ${parsed.trace}`);
  return 0;
};

/** Runs in slices of virtual time so a long run can show progress (terminals only). */
function simulate(flow: Flow, o: Options, io: CliIO) {
  const sim = createSimulation(flow, {
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.durationMs !== undefined ? { durationMs: o.durationMs } : {}),
  });
  const started = performance.now();
  let lastShown = started;
  const slice = sim.endMs / 200;
  for (let until = slice; ; until += slice) {
    const step = sim.advance(Math.min(until, sim.endMs));
    if (step.state === 'done') break;
    const now = performance.now();
    if (io.isTTY && now - started > 1000 && now - lastShown > 1000) {
      lastShown = now;
      io.err(
        `simulate: ${((100 * step.now) / sim.endMs).toFixed(0)}% (${formatDuration(step.now)} of ${formatDuration(sim.endMs)} virtual, ${((now - started) / 1000).toFixed(0)} s)`,
      );
    }
  }
  return sim.result();
}

/** True when some function's code is not the default handler (the person wrote their own). */
function hasOwnCode(flow: Flow): boolean {
  return flow.nodes.some((n) => n.kind === 'function' && n.settings.code.trim() !== DEFAULT_HANDLER.trim());
}

/** Runs with the handlers' real code in Node worker threads (same protocol as the browser's workers). */
async function simulateWithCode(flow: Flow, o: Options, io: CliIO): Promise<RunResult> {
  const pool = nodeHandlerPool();
  const started = performance.now();
  let lastShown = started;
  try {
    return await runSimulation(
      flow,
      {
        ...(o.seed !== undefined ? { seed: o.seed } : {}),
        ...(o.durationMs !== undefined ? { durationMs: o.durationMs } : {}),
        onProgress(nowMs, endMs) {
          const now = performance.now();
          if (!io.isTTY || now - started < 1000 || now - lastShown < 1000) return;
          lastShown = now;
          io.err(
            `simulate: ${((100 * nowMs) / endMs).toFixed(0)}% (${formatDuration(nowMs)} of ${formatDuration(endMs)} virtual, ${((now - started) / 1000).toFixed(0)} s)`,
          );
        },
      },
      pool,
    );
  } finally {
    pool.close();
  }
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { file: '', json: false, code: 'auto' };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => args[++i];
    if (a === '--json') o.json = true;
    else if (a === '--duration') {
      const v = value();
      const d = v === undefined ? null : parseDuration(v);
      if (d === null) return `--duration needs a length like 90s, 10m or 1h (got ${v ?? 'nothing'})`;
      if (d > 31 * 86_400_000) return '--duration is at most 31 days of virtual time';
      o.durationMs = d;
    } else if (a === '--seed') {
      const v = value();
      const n = Number(v);
      if (v === undefined || !Number.isInteger(n) || n < 0 || n > 2 ** 32 - 1)
        return `--seed needs a whole number from 0 to 4294967295 (got ${v ?? 'nothing'})`;
      o.seed = n;
    } else if (a === '--trace') {
      const v = value();
      if (!v) return '--trace needs a file name';
      o.trace = v;
    } else if (a === '--code') {
      const v = value();
      if (v !== 'auto' && v !== 'on' && v !== 'off')
        return `--code is auto, on or off (got ${v ?? 'nothing'})`;
      o.code = v;
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length !== 1)
    return files.length === 0 ? 'name the flow file to run' : 'run one flow file at a time';
  o.file = files[0]!;
  return o;
}
