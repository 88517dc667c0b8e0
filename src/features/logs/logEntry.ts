import { formatVirtual } from '../../lib/virtualClock';
import type { InvokeSpan } from '../../runtime/run';

/** Console levels of the Node.js runtime, and the platform lines (START, END, REPORT, INIT_REPORT). */
export type LogLevel = 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE' | 'PLATFORM';

/** One log event of one invocation, as CloudWatch stores it (a message may span several lines). */
export interface LogEntry {
  /** Position in the run's log, in the order lines arrived (grows by one per line). */
  seq: number;
  spanId: number;
  traceId: number;
  nodeId: string;
  requestId: string;
  /** Virtual ms since the start of the run. */
  atMs: number;
  level: LogLevel;
  /** For platform lines, the keyword (START, END, REPORT, INIT_REPORT); otherwise null. */
  platform: string | null;
  /** What the panel shows: the message without the time / request id / level prefix. */
  text: string;
  /** The line exactly as the function wrote it (what Copy gives). */
  raw: string;
  /** `text` in lower case, filled in by the first text filter that needs it. */
  lower?: string;
}

const PLATFORM = /^(START|END|REPORT|INIT_REPORT) /;
// `<ISO time>\t<request id>\t<LEVEL>\t<message>`: console.* in the Node.js runtime's text format.
const CONSOLE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\t([^\t]*)\t(ERROR|WARN|INFO|DEBUG|TRACE)\t/;
// `<ISO time> <request id> Task timed out after 3.00 seconds`: the runtime's timeout line.
const TIMEOUT = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z) (\S+) (Task timed out after .*)$/s;

export interface ParsedLine {
  level: LogLevel;
  platform: string | null;
  /** Epoch ms the line carries, or null (platform lines carry none). */
  epochMs: number | null;
  text: string;
}

/** Reads the level, time and message of one line in the Lambda text format. */
export function parseLine(line: string): ParsedLine {
  const p = PLATFORM.exec(line);
  if (p) return { level: 'PLATFORM', platform: p[1]!, epochMs: null, text: line.slice(p[0].length) };
  const c = CONSOLE.exec(line);
  if (c)
    return {
      level: c[3] as LogLevel,
      platform: null,
      epochMs: Date.parse(c[1]!),
      text: line.slice(c[0].length),
    };
  const t = TIMEOUT.exec(line);
  if (t) return { level: 'ERROR', platform: null, epochMs: Date.parse(t[1]!), text: t[3]! };
  // Anything else (a runtime line in another shape): shown as written, as INFO.
  return { level: 'INFO', platform: null, epochMs: null, text: line };
}

/**
 * The lines of one invocation as entries numbered from `firstSeq`. START takes the span's
 * start, END and REPORT its end; console lines take their own ISO time (epoch - startEpochMs),
 * kept inside the span.
 */
export function flattenSpan(span: InvokeSpan, firstSeq: number, startEpochMs: number): LogEntry[] {
  const out: LogEntry[] = new Array<LogEntry>(span.logs.length);
  let atMs = span.start;
  for (let i = 0; i < span.logs.length; i++) {
    const raw = span.logs[i]!;
    const p = parseLine(raw);
    if (p.epochMs !== null && Number.isFinite(p.epochMs))
      atMs = Math.min(span.end, Math.max(span.start, p.epochMs - startEpochMs));
    else if (p.platform === 'START' || p.platform === 'INIT_REPORT') atMs = span.start;
    else if (p.platform !== null) atMs = span.end;
    // A line in no known shape keeps the time of the line before it.
    out[i] = {
      seq: firstSeq + i,
      spanId: span.spanId,
      traceId: span.traceId,
      nodeId: span.nodeId,
      requestId: span.requestId,
      atMs,
      level: p.level,
      platform: p.platform,
      text: p.text,
      raw,
    };
  }
  return out;
}

/** Whether a message is worth expanding: several lines, or longer than a row shows. */
export function isLong(text: string): boolean {
  return text.length > 140 || text.includes('\n');
}

/**
 * The message as an expanded row shows it: the JSON after "Invoke Error" / "Uncaught Exception"
 * pretty-printed (its stack one frame a line), anything else as written.
 */
export function expandedText(text: string): string {
  const m = /^(Invoke Error|Uncaught Exception) \t(\{.*\})$/s.exec(text);
  if (!m) return text;
  try {
    return `${m[1]}\n${JSON.stringify(JSON.parse(m[2]!), null, 2)}`;
  } catch {
    return text;
  }
}

/** The text Copy writes for some entries: time, function, and the line as written. */
export function copyText(entries: Iterable<LogEntry>, labelOf: (nodeId: string) => string): string {
  const out: string[] = [];
  for (const e of entries) out.push(`${formatVirtual(e.atMs)}\t${labelOf(e.nodeId)}\t${e.raw}`);
  return out.join('\n');
}
