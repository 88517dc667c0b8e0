import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyFlow, KINDS, type EdgeType } from '../model';
import { describeLoadError } from './errors';
import { parseFlowFile } from './parse';

type Json = unknown;

/** Paths of every number in a JSON value. */
function numberPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => numberPaths(v, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => numberPaths(v, [...path, k]));
  return [];
}

function setAt(doc: Json, path: (string | number)[], v: number): Json {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]!] = v;
  return copy;
}

const toPath = (path: (string | number)[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
const EDGE_TYPES: EdgeType[] = [
  'invoke',
  'sqsMapping',
  'streamMapping',
  'subscription',
  'integration',
  'notification',
  'destination',
  'deadLetter',
];

describe('every number out of its AWS range gets a message that names the path, the rule and the value', () => {
  const flow = emptyFlow('Numbers');
  flow.nodes = KINDS.map((k, i) => createNode(k.kind, `n${i}`, k.title, { x: i, y: 0 }));
  // Edges between any two nodes: only their settings' numbers matter here, semantic errors are kept.
  flow.edges = EDGE_TYPES.map((t, i) => createEdge(`e${i}`, 'n0', 'n1', t));
  const doc = JSON.parse(JSON.stringify(flow)) as Json;
  const paths = numberPaths(doc).filter((p) => p[0] !== 'formatVersion');

  it('covers the settings of every kind and edge type', () => {
    expect(paths.length).toBeGreaterThan(60);
  });

  it.each(paths.map((p) => [toPath(p), p] as const))('%s', (name, path) => {
    let refused = 0;
    for (const bad of [-1e15, 1e15]) {
      const result = parseFlowFile(JSON.stringify(setAt(doc, path, bad)), { semanticErrors: 'keep' });
      if (result.ok) continue;
      refused++;
      const mine = result.error.filter((e) => e.type === 'schema' && e.path === name);
      expect(mine, `${name} = ${bad}: ${result.error.map(describeLoadError).join('; ')}`).toHaveLength(1);
      expect(mine[0]!.message).toMatch(/^(must|max must) /);
      expect(mine[0]!.message).toContain(`(got ${bad === 1e15 ? '1000000000000000' : '-1000000000000000'})`);
    }
    expect(refused, `${name} accepts any number`).toBeGreaterThan(0);
  });
});
