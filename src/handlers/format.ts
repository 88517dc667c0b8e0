/**
 * console.* argument formatting close to Node's util.format / util.inspect, which is what
 * the Lambda Node.js runtime writes to CloudWatch: `%s %d %i %f %j %o %O %c %%` substitutions,
 * strings as they are, other values inspected (single-quoted strings inside objects).
 */
export function formatArgs(args: unknown[], stack: StackMapper = (s) => s): string {
  const inspect = (v: unknown, depth: number) => inspectValue(v, depth, [], stack);
  if (args.length === 0) return '';
  let i = 0;
  let out = '';
  const first = args[0];
  if (typeof first === 'string') {
    i = 1;
    out = first.replace(/%[sdifjoOc%]/g, (m) => {
      if (m === '%%') return '%';
      if (i >= args.length) return m;
      const a = args[i++];
      switch (m) {
        case '%s':
          return typeof a === 'string' ? a : inspect(a, 1);
        case '%d':
          return typeof a === 'object' ? 'NaN' : String(Number(a));
        case '%i':
          return String(parseInt(String(a), 10));
        case '%f':
          return String(parseFloat(String(a)));
        case '%j':
          return safeJson(a);
        case '%c':
          return '';
        default:
          return inspect(a, 4);
      }
    });
  }
  for (; i < args.length; i++) {
    const a = args[i];
    out += (out === '' && i === 0 ? '' : ' ') + (typeof a === 'string' ? a : inspect(a, 2));
  }
  return out;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'undefined';
  } catch {
    return '[Circular]';
  }
}

/** A compact util.inspect: enough for logs to read like the real ones. */
export type StackMapper = (stack: string) => string;

export function inspectValue(v: unknown, depth: number, seen: unknown[], stack: StackMapper): string {
  if (typeof v === 'string') return seen.length === 0 ? v : `'${v.replace(/'/g, "\\'")}'`;
  if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return `[Function: ${v.name || '(anonymous)'}]`;
  if (v instanceof Error) return v.stack ? stack(v.stack) : `${v.name}: ${v.message}`;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (seen.includes(v)) return '[Circular *1]';
  const inner = [...seen, v];
  if (Array.isArray(v)) {
    if (depth < 0) return '[Array]';
    const items = v.slice(0, 100).map((x) => inspectValue(x, depth - 1, inner, stack));
    if (v.length > 100) items.push(`... ${v.length - 100} more items`);
    return items.length === 0 ? '[]' : `[ ${items.join(', ')} ]`;
  }
  if (v instanceof Map)
    return `Map(${v.size}) {${v.size ? ' ' + [...v].map(([k, x]) => `${inspectValue(k, depth - 1, inner, stack)} => ${inspectValue(x, depth - 1, inner, stack)}`).join(', ') + ' ' : ''}}`;
  if (v instanceof Set)
    return `Set(${v.size}) {${v.size ? ' ' + [...v].map((x) => inspectValue(x, depth - 1, inner, stack)).join(', ') + ' ' : ''}}`;
  if (depth < 0) return '[Object]';
  const entries = Object.entries(v as Record<string, unknown>).map(
    ([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${inspectValue(x, depth - 1, inner, stack)}`,
  );
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}
