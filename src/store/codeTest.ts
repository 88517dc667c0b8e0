import type { ErrorInfo, SdkCall } from '../sim';

/** The figures of a CloudWatch REPORT line (ms); null where the line does not carry them. */
export interface ReportFigures {
  durationMs: number;
  billedMs: number;
  memoryMb: number;
  maxMemoryMb: number | null;
  initMs: number | null;
}

/** What one Test of a function gave: the value or error, the log lines, the REPORT figures and its SDK calls. */
export interface TestOutcome {
  /** The simulated request id (empty when the sandbox failed before the run). */
  requestId: string;
  outcome: 'ok' | 'error' | 'timeout' | 'crash';
  value?: unknown;
  error?: ErrorInfo;
  logs: string[];
  report: ReportFigures | null;
  coldStart: boolean;
  /** The declared duration model's draw for this invocation, part of Duration. */
  declaredMs: number;
  /** The AWS SDK calls the code made, as the simulation served them. */
  sdkCalls: SdkCall[];
}

/** What the Test pane keeps per function: the chosen sample, the edited event, the last outcome. */
export interface TestState {
  sampleId: string | null;
  eventText: string | null;
  running: boolean;
  outcome: TestOutcome | null;
}

export const EMPTY_TEST: TestState = { sampleId: null, eventText: null, running: false, outcome: null };
