import type { BusEvent } from './eventbridge';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Step = { key: string } | { index: number } | { wildcard: true };

/** Parses the JSONPath subset EventBridge supports: `$.a.b`, `$.a[0]`, `$.a[*]`, `$.a.*`, `$['a-b']`. */
export function parseJsonPath(path: string): Step[] | null {
  if (!path.startsWith('$')) return null;
  const steps: Step[] = [];
  let i = 1;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      const m = /^\.(\*|[^.[\]]+)/.exec(path.slice(i));
      if (!m) return null;
      steps.push(m[1] === '*' ? { wildcard: true } : { key: m[1]! });
      i += m[0].length;
    } else if (c === '[') {
      const m = /^\[(?:(\d+)|(\*)|'([^']*)'|"([^"]*)")\]/.exec(path.slice(i));
      if (!m) return null;
      if (m[1] !== undefined) steps.push({ index: Number(m[1]) });
      else if (m[2] !== undefined) steps.push({ wildcard: true });
      else steps.push({ key: (m[3] ?? m[4])! });
      i += m[0].length;
    } else return null;
  }
  return steps;
}

function walk(values: unknown[], step: Step): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if ('key' in step) {
      if (isObject(v) && Object.hasOwn(v, step.key)) out.push(v[step.key]);
    } else if ('index' in step) {
      if (Array.isArray(v) && step.index < v.length) out.push(v[step.index]);
    } else if (Array.isArray(v)) out.push(...v);
    else if (isObject(v)) out.push(...Object.values(v));
  }
  return out;
}

/** The value at `path` in `doc` (an array when the path has a wildcard), or undefined. */
export function resolveJsonPath(doc: unknown, path: string): unknown {
  const steps = parseJsonPath(path);
  if (!steps) return undefined;
  let values = [doc];
  for (const step of steps) values = walk(values, step);
  if (steps.some((s) => 'wildcard' in s)) return values;
  return values[0];
}

export interface TransformContext {
  ruleArn: string;
  ruleName: string;
  /** ISO time EventBridge received the event. */
  ingestionTime: string;
}

/** Reserved variables that are inserted as raw JSON (their content is not escaped). */
const RAW_JSON = new Set(['aws.events.event', 'aws.events.event.json']);

function reserved(name: string, event: BusEvent, c: TransformContext): { value: unknown } | undefined {
  switch (name) {
    case 'aws.events.rule-arn':
      return { value: c.ruleArn };
    case 'aws.events.rule-name':
      return { value: c.ruleName };
    case 'aws.events.event.ingestion-time':
      return { value: c.ingestionTime };
    case 'aws.events.event': {
      const rest: Record<string, unknown> = { ...event };
      delete rest.detail;
      return { value: rest };
    }
    case 'aws.events.event.json':
      return { value: event };
    default:
      return undefined;
  }
}

const textOf = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * Applies an input transformer: each `<name>` in the template becomes the value its path
 * selects. Inside a JSON string the value goes in as text (escaped); outside, as JSON. A
 * template that is not JSON-shaped is plain text. A path that does not resolve gives an
 * empty string inside quotes and null outside. Returns the text sent to the target.
 */
export function applyInputTransformer(
  event: BusEvent,
  pathsMap: Record<string, string>,
  template: string,
  c: TransformContext,
): string {
  const vars = new Map<string, unknown>();
  for (const [name, path] of Object.entries(pathsMap)) vars.set(name, resolveJsonPath(event, path));
  const head = template.trimStart()[0];
  const json = head === '{' || head === '[' || head === '"';
  let out = '';
  let inString = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '\\' && json) {
      out += ch + (template[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"' && json) inString = !inString;
    if (ch === '<') {
      const end = template.indexOf('>', i);
      const name = end > i ? template.slice(i + 1, end) : '';
      const special = reserved(name, event, c);
      if (special || vars.has(name)) {
        const value = special ? special.value : vars.get(name);
        if (RAW_JSON.has(name)) out += JSON.stringify(value);
        else if (!json) out += value === undefined ? '' : textOf(value);
        else if (inString) out += value === undefined ? '' : JSON.stringify(textOf(value)).slice(1, -1);
        else out += value === undefined ? 'null' : JSON.stringify(value);
        i = end;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** The payload a target receives from a transformer's text: parsed JSON, else the text itself. */
export function payloadOfText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
