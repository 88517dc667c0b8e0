import { err, ok, type Result } from '../lib/result';
import type { LoadError } from './errors';
import type { JsonRecord } from './envelope';

/**
 * One step of the file format, from version `from` to `from + 1`. `up` must return a new
 * document and never change its input (tests run every step on a deep-frozen document).
 * The framework sets `formatVersion` itself.
 */
export interface Migration {
  from: number;
  to: number;
  name: string;
  up(doc: Readonly<JsonRecord>): JsonRecord;
}

/**
 * The released steps, oldest first. Format 1 is the first release, so there are none yet;
 * every step added here comes with a fixture of the old version in fixtures/v<from>/.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** Runs the contiguous steps from `version` to `target`; names the step that failed or is missing. */
export function migrate(
  doc: JsonRecord,
  version: number,
  target: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Result<JsonRecord, LoadError> {
  let current: JsonRecord = doc;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step || step.to !== v + 1) {
      return err({
        type: 'migration',
        from: v,
        to: v + 1,
        name: step?.name ?? null,
        message: `No migration from format ${v} to ${v + 1}: this file cannot be upgraded.`,
      });
    }
    try {
      const next = step.up(current);
      current = { ...next, formatVersion: step.to };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return err({
        type: 'migration',
        from: v,
        to: step.to,
        name: step.name,
        message: `Upgrading the file from format ${v} to ${step.to} (${step.name}) failed: ${why}`,
      });
    }
  }
  return ok(current);
}
