import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyFlow, type Flow } from '../../model';
import { countProblems, problemsOf, subjectOf, withCodeProblems } from './problemList';

function flowWith(patch: Partial<Flow>): Flow {
  return { ...emptyFlow('Test'), ...patch };
}

describe('problemsOf', () => {
  it('lists nothing for a clean flow and caches per document', () => {
    const flow = flowWith({ nodes: [createNode('function', 'f1', 'Worker', { x: 0, y: 0 })] });
    const first = problemsOf(flow);
    expect(first.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problemsOf(flow)).toBe(first);
  });

  it('finds an edge to a missing node, errors before warnings', () => {
    const flow = flowWith({
      nodes: [createNode('queue', 'q1', 'Jobs', { x: 0, y: 0 })],
      edges: [createEdge('e1', 'q1', 'ghost', 'sqsMapping')],
    });
    const list = problemsOf(flow);
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]!.severity).toBe('error');
    const firstWarning = list.findIndex((p) => p.severity === 'warning');
    const lastError = list.map((p) => p.severity).lastIndexOf('error');
    if (firstWarning >= 0) expect(firstWarning).toBeGreaterThan(lastError);
  });
});

describe('countProblems', () => {
  it('counts errors and warnings apart', () => {
    const p = (severity: 'error' | 'warning') => ({ severity, path: '', message: 'x' });
    expect(countProblems([p('error'), p('warning'), p('warning')])).toEqual({ errors: 1, warnings: 2 });
  });
});

describe('subjectOf', () => {
  const flow = flowWith({
    nodes: [
      createNode('queue', 'q1', 'Jobs', { x: 0, y: 0 }),
      createNode('function', 'f1', 'Worker', { x: 0, y: 0 }),
    ],
    edges: [createEdge('e1', 'q1', 'f1', 'sqsMapping')],
  });
  it('names nodes and edges by their labels', () => {
    expect(subjectOf({ severity: 'error', path: 'nodes[0]', message: 'x', nodeId: 'q1' }, flow)).toBe('Jobs');
    expect(subjectOf({ severity: 'error', path: 'edges[0]', message: 'x', edgeId: 'e1' }, flow)).toBe(
      'Jobs → Worker',
    );
  });
  it('falls back to the id, or the flow name for whole-flow problems', () => {
    expect(subjectOf({ severity: 'error', path: '', message: 'x', nodeId: 'gone' }, flow)).toBe('gone');
    expect(subjectOf({ severity: 'warning', path: 'run', message: 'x' }, flow)).toBe('Test');
  });
});

describe('code diagnostics in Problems', () => {
  it('lists handler errors under their function, after flow errors and before warnings, without hints', () => {
    const flow = { ...emptyFlow(), nodes: [createNode('function', 'fn', 'Worker', { x: 0, y: 0 })] };
    const flowProblems = [
      { severity: 'error' as const, path: 'nodes[0]', message: 'flow error' },
      { severity: 'warning' as const, path: 'nodes[0]', message: 'flow warning' },
    ];
    const list = withCodeProblems(flow, flowProblems, {
      fn: [
        { line: 3, column: 7, message: "Property 'bodyy' does not exist", severity: 'error' },
        { line: 1, column: 1, message: 'hint', severity: 'info' },
      ],
    });
    expect(list.map((p) => p.message)).toEqual([
      'flow error',
      "Property 'bodyy' does not exist",
      'flow warning',
    ]);
    expect(list[1]).toMatchObject({
      nodeId: 'fn',
      code: { line: 3, column: 7 },
      path: 'nodes[0].settings.code:3:7',
    });
  });
});
