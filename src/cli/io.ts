/** What a CLI command may touch: injected so tests can run commands without a process. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: string): void;
  /** True when stderr is a terminal (progress lines are only drawn there). */
  readonly isTTY: boolean;
}

export type CliCommand = (args: string[], io: CliIO) => Promise<number>;
