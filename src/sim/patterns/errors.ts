/**
 * Thrown when an event pattern or filter policy cannot be compiled. `problems` holds every
 * reason, each naming the JSON path it is about, so a UI can list them all at once.
 */
export class PatternError extends Error {
  readonly problems: string[];

  constructor(problems: string[], what = 'event pattern') {
    super(`Invalid ${what}: ${problems.join('; ')}`);
    this.name = 'PatternError';
    this.problems = problems;
  }
}
