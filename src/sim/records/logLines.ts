// Lambda's platform log lines, as the Node.js runtime writes them to CloudWatch (text format).

/** The platform lines CloudWatch shows around an invocation (Node.js runtime, text format). */
export interface ReportFigures {
  requestId: string;
  durationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number | null;
  initMs: number | null;
  /** Billed ms when it differs from the rounded duration (the core bills INIT too). */
  billedMs?: number;
  status?: 'timeout' | 'error';
  errorType?: string;
}

export function startLine(requestId: string): string {
  return `START RequestId: ${requestId} Version: $LATEST`;
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}`;
}

export function reportLine(f: ReportFigures): string {
  let line = `REPORT RequestId: ${f.requestId}\tDuration: ${fixed2(f.durationMs)} ms\tBilled Duration: ${f.billedMs ?? Math.ceil(f.durationMs - 1e-9)} ms\tMemory Size: ${f.memorySizeMb} MB`;
  if (f.maxMemoryUsedMb !== null) line += `\tMax Memory Used: ${f.maxMemoryUsedMb} MB`;
  if (f.initMs !== null) line += `\tInit Duration: ${fixed2(f.initMs)} ms`;
  if (f.status) line += `\tStatus: ${f.status}`;
  if (f.errorType) line += `\tError Type: ${f.errorType}`;
  return line;
}

/** x.toFixed(2) for non-negative x, without toFixed's cost (it shows in the hot path). */
export function fixed2(x: number): string {
  const cents = Math.round(x * 100);
  if (!Number.isSafeInteger(cents) || cents < 0) return x.toFixed(2);
  const whole = Math.floor(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}
