import { describe, expect, it } from 'vitest';
import { DYNAMIC_IMPORT, importProblem, mask, readSource, rewriteDynamicImports } from './source';

describe('reading handler source', () => {
  it('blanks comments and string contents but keeps lengths, lines and template expressions', () => {
    const src =
      "const a = 'import x'; // import('y')\n/* import z from 'q' */ const t = `a ${import('w')} b`;";
    const m = mask(src);
    expect(m.length).toBe(src.length);
    expect(m.split('\n').length).toBe(2);
    expect(m).not.toContain('import x');
    expect(m).toContain("import('");
    expect(readSource(src).dynamicImports).toEqual([src.indexOf("import('w')")]);
  });

  it('finds static imports and re-exports, not words in strings or comments', () => {
    const src = [
      "import { SQSClient } from '@aws-sdk/client-sqs';",
      'import "./side.mjs";',
      "export { a } from 'pkg-a';",
      "export * from 'pkg-b';",
      "// import c from 'nope'",
      'const s = "import d from \'nope\'";',
      'const meta = import.meta.url;',
    ].join('\n');
    expect(readSource(src).imports).toEqual(['@aws-sdk/client-sqs', './side.mjs', 'pkg-a', 'pkg-b']);
  });

  it('turns import( into the refusing loader without moving any column', () => {
    const src = "const m = await import ('https://x/y.mjs');";
    const out = rewriteDynamicImports(src, readSource(src).dynamicImports);
    expect(out).toBe(src.replace('import', DYNAMIC_IMPORT));
    expect(out.length).toBe(src.length);
  });

  it('leaves names the module declares itself to the module', () => {
    const facts = readSource('const crypto = globalThis.crypto; function setTimeout() {}');
    expect([...facts.declared].sort()).toEqual(['crypto', 'setTimeout']);
  });

  it('words each refused import like Node, naming the sandbox', () => {
    expect(importProblem('@aws-sdk/client-ses')).toBe(
      "Cannot find package '@aws-sdk/client-ses' in the sandbox (imported from /var/task/index.mjs)",
    );
    expect(importProblem('node:fs')).toMatch(/^Cannot find module 'node:fs' in the sandbox/);
    expect(importProblem('https://cdn.example/x.js')).toMatch(/the sandbox has no network$/);
    expect(importProblem('./util.mjs')).toMatch(/a handler is a single file here$/);
  });
});
