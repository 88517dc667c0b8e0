import { hashString } from '../core/random';
import { compileTemplate, type BodyTemplate } from './template';

/**
 * A client request's path and header values compiled as templates. Each field draws from
 * its own stream, hashed from (node id, field name, run seed) and then the request number,
 * so a field renders the same whatever else was rendered first, lazily or not.
 */
export interface RequestTemplates {
  /** The path of request `seq` (`epochMs`: its first attempt, for `{{now}}`). */
  path(seq: number, epochMs: number): string;
  /** The headers of request `seq`: the settings' own object when no value holds a placeholder. */
  headers(seq: number, epochMs: number): Record<string, string>;
}

/** Compiles once per client; constant fields cost nothing per request. */
export function compileRequestTemplates(
  nodeId: string,
  runSeed: number,
  path: string,
  headers: Record<string, string>,
): RequestTemplates {
  const pathTemplate = path.includes('{{') ? compileTemplate(path) : null;
  const pathSeed = hashString(`${nodeId}\u0000path`, runSeed);
  const entries = Object.entries(headers);
  const templated = entries.some(([, v]) => v.includes('{{'));
  const compiled: [string, BodyTemplate, number][] = templated
    ? entries.map(([name, value]) => [
        name,
        compileTemplate(value),
        hashString(`${nodeId}\u0000header\u0000${name}`, runSeed),
      ])
    : [];
  return {
    path: (seq, epochMs) =>
      pathTemplate ? pathTemplate.render(seq, pathSeed, new Date(epochMs).toISOString()) : path,
    headers(seq, epochMs) {
      if (!templated) return headers;
      const nowIso = new Date(epochMs).toISOString();
      const out: Record<string, string> = {};
      for (const [name, t, seed] of compiled) out[name] = t.render(seq, seed, nowIso);
      return out;
    },
  };
}
