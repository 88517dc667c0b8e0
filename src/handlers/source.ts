/**
 * Reads a handler module's source without a parser: which modules it imports, where it
 * calls `import()`, which per-environment names it declares itself. Comments and string
 * contents are blanked first (`mask`), so words inside them never count.
 */

/** Names the environment prologue binds (virtual time, seeded randomness, captured console). */
export const ENV_NAMES = [
  'Date',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
  'console',
  'Math',
  'crypto',
  'performance',
  'process',
] as const;
export type EnvName = (typeof ENV_NAMES)[number];

/** Stands in for `import` in `import(...)` calls: the same length, so columns do not move. */
export const DYNAMIC_IMPORT = '_efImp';

/** Blanks comments and the insides of string and template literals (same length, same lines). */
export function mask(src: string): string {
  const out = src.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  const braces: number[] = []; // brace depth at each `${` of an open template
  let depth = 0;
  let i = 0;
  const template = (): void => {
    const start = i;
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === '`') break;
      else if (c === '$' && src[i + 1] === '{') {
        blank(start, i);
        braces.push(depth);
        i += 2;
        return;
      }
    }
    blank(start, i);
    i++;
  };
  while (i < src.length) {
    const c = src[i]!;
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
    } else if (c === '`') {
      i++;
      template();
    } else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (braces.length > 0 && braces[braces.length - 1] === depth) {
        braces.pop();
        i++;
        template();
      } else {
        depth--;
        i++;
      }
    } else i++;
  }
  return out.join('');
}

export interface SourceFacts {
  /** Specifiers of static `import ... from '...'`, `import '...'` and `export ... from '...'`. */
  imports: string[];
  /** Where each of `imports` sits in the text (inside its quotes), for rewriting. */
  importAt: { start: number; end: number }[];
  /** Offsets of the `import` keyword of each `import(...)` call. */
  dynamicImports: number[];
  /** Per-environment names the module declares at any level (left to the module's own binding). */
  declared: Set<EnvName>;
}

const STATIC = /(^|[^\w$.])(?:import\s*(?:[\w$*{][^;]*?\bfrom\s*)?|export\s*(?:\*|\{)[^;]*?\bfrom\s*)(["'])/g;
const DYNAMIC = /(^|[^\w$.])import\s*\(/g;

export function readSource(src: string): SourceFacts {
  const m = mask(src);
  const imports: string[] = [];
  const importAt: { start: number; end: number }[] = [];
  for (const hit of m.matchAll(STATIC)) {
    const q = hit.index + hit[0].length - 1;
    const end = m.indexOf(hit[2]!, q + 1);
    if (end > q) {
      imports.push(src.slice(q + 1, end));
      importAt.push({ start: q + 1, end });
    }
  }
  const dynamicImports = [...m.matchAll(DYNAMIC)].map((hit) => hit.index + hit[1]!.length);
  const declared = new Set<EnvName>();
  for (const name of ENV_NAMES) {
    if (new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b`).test(m)) declared.add(name);
  }
  return { imports, importAt, dynamicImports, declared };
}

/** The source with every `import(` turned into a call of the sandbox's refusing loader. */
export function rewriteDynamicImports(src: string, offsets: number[]): string {
  return rewriteSource(
    src,
    { imports: [], importAt: [], dynamicImports: offsets, declared: new Set() },
    new Map(),
  );
}

/**
 * The source with every `import(` turned into a call of the sandbox's refusing loader and
 * the static imports named in `specifiers` (index -> new specifier) pointed elsewhere.
 */
export function rewriteSource(src: string, facts: SourceFacts, specifiers: Map<number, string>): string {
  const edits: { start: number; end: number; text: string }[] = facts.dynamicImports.map((at) => ({
    start: at,
    end: at + 6,
    text: DYNAMIC_IMPORT,
  }));
  for (const [i, text] of specifiers) edits.push({ ...facts.importAt[i]!, text });
  edits.sort((a, b) => b.start - a.start);
  let out = src;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Why a static import cannot load here, worded like Node's own error (null: none). */
export function importProblem(spec: string): string | null {
  const from = 'imported from /var/task/index.mjs';
  if (/^https?:/i.test(spec)) return `Cannot load '${spec}' ${from}: the sandbox has no network`;
  if (spec.startsWith('node:'))
    return `Cannot find module '${spec}' in the sandbox (${from}): Node.js built-in modules are not available to handler code here`;
  if (spec.startsWith('.') || spec.startsWith('/'))
    return `Cannot find module '${spec}' ${from}: a handler is a single file here`;
  return `Cannot find package '${spec}' in the sandbox (${from})`;
}

/** A static import that cannot load here (becomes Runtime.ImportModuleError). */
export class ImportProblem extends Error {
  override name = 'ImportProblem';
}
