// Issue 4: "Bad settings (a pattern that is not valid JSON, batchSize 0, a DLQ that is not a
// queue) are refused by the loader with the path named." In a file, a pattern is JSON already:
// one that is "not valid JSON" arrives as a string (the text people paste) or as a value that
// is not an object, and both must be refused at the pattern's path.
import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyFlow, type EdgeType, type NodeKind } from '../model';
import { describeLoadError, parseFlowFile, serializeFlow, type LoadError } from './index';

const NODES: [string, NodeKind][] = [
  ['bus', 'bus'],
  ['topic', 'topic'],
  ['jobs', 'queue'],
  ['dlq', 'queue'],
  ['fn', 'function'],
  ['stream', 'stream'],
];
const EDGES: [string, string, string, EdgeType][] = [
  ['toJobs', 'bus', 'jobs', 'invoke'],
  ['sub', 'topic', 'jobs', 'subscription'],
  ['poll', 'jobs', 'fn', 'sqsMapping'],
  ['read', 'stream', 'fn', 'streamMapping'],
  ['redrive', 'jobs', 'dlq', 'deadLetter'],
];

interface RuleDoc {
  name: string;
  eventPattern: unknown;
  targets: { nodeId: string; deadLetterQueue?: string }[];
}
interface Doc {
  nodes: { settings: { rules?: RuleDoc[]; archive?: unknown } }[];
  edges: { target: string; settings: Record<string, unknown> }[];
}
const rule = (doc: Doc): RuleDoc => doc.nodes[0]!.settings.rules![0]!;

/** A valid file of these nodes and edges, parsed back so a test can break one setting. */
function goodDoc(): Doc {
  const flow = emptyFlow('Bad settings');
  flow.nodes = NODES.map(([id, kind], i) => createNode(kind, id, id, { x: i * 200, y: 0 }));
  flow.edges = EDGES.map(([id, s, t, type]) => createEdge(id, s, t, type));
  const doc = JSON.parse(serializeFlow(flow)) as Doc;
  doc.nodes[0]!.settings.rules = [
    { name: 'orders', eventPattern: { source: ['shop'] }, targets: [{ nodeId: 'jobs' }] },
  ];
  return doc;
}

function refusal(doc: Doc): LoadError[] {
  const result = parseFlowFile(JSON.stringify(doc));
  if (result.ok) throw new Error('expected the loader to refuse the file');
  return result.error;
}

/** The refusal has exactly one error, at `path`, and its line for a person starts with the path. */
function expectOneAt(errors: LoadError[], path: string): string {
  expect(errors.map((e) => ('path' in e ? e.path : null))).toEqual([path]);
  const line = describeLoadError(errors[0]!);
  expect(line.startsWith(path)).toBe(true);
  return line;
}

describe('issue 4: the loader refuses bad settings and names the path', () => {
  it('loads the good file', () => {
    const result = parseFlowFile(JSON.stringify(goodDoc()));
    expect(result.ok && result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each([
    ['JSON text that does not parse', '{"source": ["shop"'],
    ['JSON text of an object (a file holds the object itself)', '{"source": ["shop"]}'],
    ['an array', ['shop']],
    ['a number', 42],
    ['null', null],
  ])('a rule event pattern that is %s', (_name, pattern) => {
    const doc = goodDoc();
    rule(doc).eventPattern = pattern;
    const line = expectOneAt(refusal(doc), 'nodes[0].settings.rules[0].eventPattern');
    expect(line).toMatch(/object/i);
  });

  it('an archive pattern and a filter policy that are text, not objects', () => {
    const doc = goodDoc();
    doc.nodes[0]!.settings.archive = { eventPattern: '{"source": [' };
    doc.edges[1]!.settings.filterPolicy = '{"kind": ["order"]}';
    const paths = refusal(doc).map((e) => ('path' in e ? e.path : null));
    expect(paths).toEqual(['nodes[0].settings.archive.eventPattern', 'edges[1].settings.filterPolicy']);
  });

  it('a pattern the injected validator refuses, at its path', () => {
    const doc = goodDoc();
    rule(doc).eventPattern = { source: [{ prefix: 1 }] };
    const result = parseFlowFile(JSON.stringify(doc), {
      checkers: {
        eventPattern: (p) =>
          JSON.stringify(p).includes('"prefix":1') ? ['source: prefix needs a string'] : [],
      },
    });
    expect(!result.ok && result.error.map(describeLoadError)).toEqual([
      'nodes[0].settings.rules[0].eventPattern (bus "bus"): source: prefix needs a string',
    ]);
  });

  it.each([
    ['the SQS mapping', 2],
    ['the stream mapping', 3],
  ])('batchSize 0 on %s', (_name, edge) => {
    const doc = goodDoc();
    doc.edges[edge]!.settings.batchSize = 0;
    expectOneAt(refusal(doc), `edges[${edge}].settings.batchSize`);
  });

  it('a dead-letter queue that is not a queue: bus target, subscription, redrive edge', () => {
    const target = goodDoc();
    rule(target).targets[0]!.deadLetterQueue = 'fn';
    expect(expectOneAt(refusal(target), 'nodes[0].settings.rules[0].targets[0].deadLetterQueue')).toMatch(
      /must be an SQS queue, and "fn" is a function/,
    );

    const sub = goodDoc();
    sub.edges[1]!.settings.deadLetterQueue = 'topic';
    expect(expectOneAt(refusal(sub), 'edges[1].settings.deadLetterQueue')).toMatch(
      /must be an SQS queue, and "topic" is a topic/,
    );

    const redrive = goodDoc();
    redrive.edges[4]!.target = 'fn';
    expect(refusal(redrive).map(describeLoadError).join('\n')).toMatch(
      /^edges\[4\]\.settings\.type.*deadLetter/m,
    );
  });
});
