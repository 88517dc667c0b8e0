import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeLoadError, parseFlowFile, type LoadError, type LoadResult } from './index';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${path}`, import.meta.url)));
// format/ may not import sim/: these stand-ins only prove the checkers are called; the CLI
// tests run every example through the real pattern validators.
const checkers = {
  eventPattern: (p: unknown) =>
    JSON.stringify(p).includes('>>') ? ['numeric operator ">>" is not one of =, <, <=, >, >='] : [],
  filterPolicy: () => [],
};

function errorsOf(result: LoadResult): LoadError[] {
  if (result.ok) throw new Error('expected the load to fail');
  return result.error;
}

describe('parseFlowFile: files that must load', () => {
  const examples = JSON.parse(
    readFileSync(new URL('../../public/examples/index.json', import.meta.url), 'utf8'),
  ) as { file: string; title: string; summary: string }[];
  const files = [
    ...examples.map((e) => new URL(`../../public/examples/${e.file}`, import.meta.url)),
    ...readdirSync(new URL('./fixtures/v1/', import.meta.url)).map(
      (f) => new URL(`./fixtures/v1/${f}`, import.meta.url),
    ),
  ];

  it.each(files.map((u) => [u.pathname.split('/').slice(-2).join('/'), u] as const))(
    '%s loads with no errors or warnings',
    (_name, url) => {
      const result = parseFlowFile(new Uint8Array(readFileSync(url)), { checkers });
      if (!result.ok) throw new Error(result.error.map(describeLoadError).join('\n'));
      expect(result.problems).toEqual([]);
      expect(result.value.nodes.length).toBeGreaterThan(0);
    },
  );

  it('lists the examples, the REST API first, each with a title and summary', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    expect(examples[0]!.file).toBe('rest-api.eventflow.json');
    expect(examples.every((e) => e.title.length > 0 && e.summary.length > 0)).toBe(true);
  });

  it('fills AWS defaults into a minimal file', () => {
    const result = parseFlowFile(fixture('v1/minimal.eventflow.json'));
    expect(result.ok && result.value.nodes[0]).toMatchObject({
      kind: 'function',
      settings: { memorySize: 128, timeout: 3 },
    });
    expect(result.ok && result.value.run).toMatchObject({ seed: 1, accountConcurrency: 1000 });
  });

  it('loads labels with HTML or script as plain text, unchanged', () => {
    const result = parseFlowFile(fixture('bad/html-labels.eventflow.json'));
    if (!result.ok) throw new Error('html labels must load');
    expect(result.value.name).toBe('<img src=x onerror=alert(1)>');
    expect(result.value.nodes[0]?.label).toBe('<script>alert(1)</script>');
    expect(result.value.nodes[0]?.description).toBe('<b>bold</b> & <i>co</i>');
    expect(result.value.notes[0]?.text).toBe('<iframe src="javascript:alert(1)"></iframe>');
  });

  it('accepts a string, a UTF-8 BOM and an editor $schema field', () => {
    const text =
      '\uFEFF{"$schema":"./eventflow-1.schema.json","format":"eventflow","formatVersion":1,"name":"Café ☕","nodes":[]}';
    const result = parseFlowFile(text);
    expect(result.ok && result.value.name).toBe('Café ☕');
    expect(result.ok && result.problems).toEqual([]);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.slice(1))]);
    expect(parseFlowFile(bytes).ok).toBe(true);
  });

  it('warns about unknown fields, with a did-you-mean', () => {
    const result = parseFlowFile(
      JSON.stringify({
        format: 'eventflow',
        formatVersion: 1,
        name: 'x',
        nodes: [
          { id: 'f', kind: 'function', label: 'F', position: { x: 0, y: 0 }, settings: { memorysize: 512 } },
        ],
      }),
    );
    expect(result.ok && result.problems).toEqual([
      {
        severity: 'warning',
        path: 'nodes[0].settings.memorysize',
        message: 'unknown field "memorysize" is ignored (did you mean "memorySize"?)',
        nodeId: 'f',
      },
    ]);
  });
});

describe('parseFlowFile: bad input is refused with the right kind and a message that says where', () => {
  it('truncated JSON: line, column, and "truncated"', () => {
    const [e] = errorsOf(parseFlowFile(fixture('bad/truncated.eventflow.json')));
    expect(e).toMatchObject({ type: 'json', truncated: true, line: 29 });
    expect(describeLoadError(e!)).toMatch(/^Line 29, column \d+: .*truncated/);
  });

  it('a binary file (PNG), and bytes that are not UTF-8', () => {
    expect(errorsOf(parseFlowFile(fixture('bad/binary.png')))).toEqual([
      {
        type: 'binary',
        message: expect.stringMatching(
          /^This is a binary file \(it looks like a PNG image\), not a flow file/,
        ),
      },
    ]);
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{"name":"Caf'),
      0xe9,
      ...new TextEncoder().encode('"}'),
    ]);
    expect(errorsOf(parseFlowFile(latin1))[0]).toMatchObject({
      type: 'binary',
      message: expect.stringContaining('not UTF-8'),
    });
    expect(errorsOf(parseFlowFile('{"a":"\u0000"}'))[0]?.type).toBe('binary');
  });

  it('JSON nested deeper than any flow is refused before it can overflow a stack', () => {
    const text = `{"format":"eventflow","formatVersion":1,"name":"x","nodes":[],"meta":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(errorsOf(parseFlowFile(text))[0]).toMatchObject({
      type: 'json',
      line: 1,
      message: 'The JSON is nested more than 100 levels deep.',
    });
  });

  it('a 50 MB file is refused by size, before it is read', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const [e] = errorsOf(parseFlowFile(big));
    expect(e).toMatchObject({ type: 'tooLarge', bytes: 50 * 1024 * 1024, limit: 20 * 1024 * 1024 });
    expect(e?.message).toContain('50.0 MB');
    expect(errorsOf(parseFlowFile('x'.repeat(101), { maxBytes: 100 }))[0]?.type).toBe('tooLarge');
  });

  it('a package.json is not a flow, and the message says what it looks like', () => {
    const [e] = errorsOf(parseFlowFile(fixture('bad/package.json')));
    expect(e).toMatchObject({ type: 'notAFlow', looksLike: 'an npm package.json' });
    expect(e?.message).toBe(
      'This is not an Eventflow flow file: it has no "format": "eventflow" field (it looks like an npm package.json).',
    );
    expect(errorsOf(parseFlowFile(fixture('bad/not-an-object.json')))[0]?.message).toContain('a JSON array');
    expect(errorsOf(parseFlowFile('{"format":"drawio"}'))[0]?.message).toContain('its "format" is "drawio"');
  });

  it('formatVersion 999 is too new; a missing or odd version is refused', () => {
    const [e] = errorsOf(parseFlowFile(fixture('bad/too-new.eventflow.json')));
    expect(e).toMatchObject({ type: 'tooNew', version: 999, supported: 1 });
    expect(e?.message).toContain(
      'made by a newer version of Eventflow Studio (format 999); this version reads up to 1',
    );
    expect(errorsOf(parseFlowFile('{"format":"eventflow"}'))[0]).toMatchObject({
      type: 'badVersion',
      found: undefined,
    });
    expect(errorsOf(parseFlowFile('{"format":"eventflow","formatVersion":"1"}'))[0]?.type).toBe('badVersion');
  });

  it('unknown kinds and edge types: every one, with the allowed values', () => {
    const errors = errorsOf(parseFlowFile(fixture('bad/unknown-kind.eventflow.json')));
    expect(errors.map(describeLoadError)).toEqual([
      expect.stringMatching(
        /^nodes\[0\]\.kind \(node "Order workflow"\): "stepFunction" is not a node kind; use one of client, schedule/,
      ),
      expect.stringMatching(
        /^edges\[0\]\.settings\.type \(edge "e1"\): "teleport" is not an edge type; use one of invoke, sqsMapping/,
      ),
    ]);
    expect(errors.every((e) => e.type === 'schema')).toBe(true);
  });

  it('wrong types: every field, with what was expected and what was found', () => {
    const lines = errorsOf(parseFlowFile(fixture('bad/wrong-types.eventflow.json'))).map(describeLoadError);
    expect(lines).toEqual([
      'name: must be text (got 42)',
      'nodes[0].position.x (function "Worker"): must be a number (got "left")',
      'nodes[0].settings.memorySize (function "Worker"): must be a number (got "512")',
      'nodes[0].settings.timeout (function "Worker"): must be a number (got true)',
      'nodes[0].settings.environment (function "Worker"): must be an object (got a list of 1)',
      'nodes[1].settings.fifoQueue (queue "Jobs"): must be true or false (got "yes")',
      'edges: must be a list (got an object)',
    ]);
  });

  it('negative and huge numbers: the AWS range with its unit, and the value found', () => {
    const errors = errorsOf(parseFlowFile(fixture('bad/out-of-range.eventflow.json')));
    const lines = errors.map(describeLoadError);
    expect(lines).toContain(
      'nodes[0].settings.memorySize (function "Create order"): must be between 128 and 10,240 MB (got 64)',
    );
    expect(lines).toContain(
      'nodes[0].settings.timeout (function "Create order"): must be between 1 and 900 seconds (got -5)',
    );
    expect(lines).toContain(
      'nodes[1].settings.visibilityTimeout (queue "Jobs"): must be between 0 and 43,200 seconds (got 43201)',
    );
    expect(lines).toContain(
      'edges[0].settings.maximumBatchingWindowInSeconds (edge "m"): must be between 0 and 300 seconds (got 301)',
    );
    expect(lines).toContain('run.seed: must be between 0 and 4,294,967,295 (got -1)');
    expect(errors).toHaveLength(13);
    expect(errors[0]).toMatchObject({ type: 'schema', nodeId: 'fn', path: 'nodes[0].settings.memorySize' });
  });

  it('semantic errors: every one, with paths, refused by default and kept on request', () => {
    const errors = errorsOf(parseFlowFile(fixture('bad/semantic.eventflow.json')));
    expect(errors.map((e) => e.type === 'semantic' && e.path)).toEqual([
      'nodes[1].id',
      'edges[0]',
      'edges[1].target',
      'nodes[3].settings.rules[0].targets[0].nodeId',
      'edges[2].settings.maximumBatchingWindowInSeconds',
      'nodes[5].settings.scheduleExpression',
    ]);
    expect(describeLoadError(errors[0]!)).toBe(
      'nodes[1].id (queue "Jobs again"): duplicate node id "q": every node needs its own id',
    );
    const kept = parseFlowFile(fixture('bad/semantic.eventflow.json'), { semanticErrors: 'keep' });
    expect(kept.ok && kept.problems.filter((p) => p.severity === 'error')).toHaveLength(6);
  });

  it('invalid event patterns and filter policies, through the injected checkers', () => {
    const doc = JSON.parse(
      readFileSync(new URL('../../public/examples/order-routing.eventflow.json', import.meta.url), 'utf8'),
    );
    doc.nodes[1].settings.rules[1].eventPattern.detail.total = [{ numeric: ['>>', 500] }];
    const errors = errorsOf(parseFlowFile(JSON.stringify(doc), { checkers }));
    expect(errors).toEqual([
      expect.objectContaining({
        type: 'semantic',
        path: 'nodes[1].settings.rules[1].eventPattern',
        message: expect.stringContaining('">>"'),
      }),
    ]);
    expect(parseFlowFile(JSON.stringify(doc)).ok).toBe(true);
  });

  it('never throws, whatever the input', () => {
    for (const input of [
      '',
      ' ',
      'null',
      '0',
      '"x"',
      '{"format":"eventflow","formatVersion":1}',
      '{"format":"eventflow","formatVersion":1,"name":"x","nodes":[null,[],{"kind":{}}]}',
    ]) {
      expect(() => parseFlowFile(input), input).not.toThrow();
      expect(parseFlowFile(input).ok, input).toBe(false);
    }
  });
});
