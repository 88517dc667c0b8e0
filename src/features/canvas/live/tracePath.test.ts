import { describe, expect, it } from 'vitest';
import { KeyedSignal } from './keyedSignal';
import { tracePath } from './tracePath';

const edges = [
  { id: 'e1', source: 'api', target: 'fn' },
  { id: 'e2', source: 'fn', target: 'table' },
  { id: 'e3', source: 'fn', target: 'dlq' },
  { id: 'e4', source: 'api', target: 'other' },
];

describe('tracePath', () => {
  it('lights the nodes of the trace and the edges from parent node to node', () => {
    const spans = [
      { spanId: 1, traceId: 7, parentSpanId: null, nodeId: 'api' },
      { spanId: 2, traceId: 7, parentSpanId: 1, nodeId: 'fn' },
      { spanId: 3, traceId: 7, parentSpanId: 2, nodeId: 'table' },
      { spanId: 4, traceId: 8, parentSpanId: null, nodeId: 'other' },
      // A retry on the same node crosses no edge.
      { spanId: 5, traceId: 7, parentSpanId: 2, nodeId: 'fn' },
    ];
    const p = tracePath(spans, 7, edges);
    expect([...p.nodeIds].sort()).toEqual(['api', 'fn', 'table']);
    expect([...p.edgeIds].sort()).toEqual(['e1', 'e2']);
  });

  it('follows an async result to its dead-letter queue', () => {
    const spans = [
      { spanId: 1, traceId: 1, parentSpanId: null, nodeId: 'fn' },
      { spanId: 2, traceId: 1, parentSpanId: 1, nodeId: 'fn', targetNodeId: 'dlq' },
    ];
    expect([...tracePath(spans, 1, edges).edgeIds]).toEqual(['e3']);
  });

  it('finds nothing for a trace no span belongs to', () => {
    const p = tracePath([{ spanId: 1, traceId: 1, parentSpanId: null, nodeId: 'api' }], 2, edges);
    expect(p.nodeIds.size + p.edgeIds.size).toBe(0);
  });
});

describe('KeyedSignal', () => {
  it('tells only the readers whose value changed, keeping equal values identical', () => {
    const s = new KeyedSignal<{ n: number } | null>(null, (a, b) => a?.n === b?.n);
    const told: string[] = [];
    s.subscribe('a', () => told.push('a'));
    s.subscribe('b', () => told.push('b'));
    expect(s.get('a')).toBeNull();
    expect(s.get('b')).toBeNull();
    const values = new Map([['a', { n: 1 }]]);
    s.publish((k) => values.get(k) ?? null);
    expect(told).toEqual(['a']);
    const first = s.get('a');
    s.publish((k) => (k === 'a' ? { n: 1 } : null));
    expect(told).toEqual(['a']);
    expect(s.get('a')).toBe(first);
    // A key read for the first time after a publish gets the current value.
    expect(s.get('c')).toBeNull();
    s.publish(() => ({ n: 2 }));
    expect(told).toEqual(['a', 'a', 'b']);
    expect(s.get('c')).toEqual({ n: 2 });
  });

  it('stops telling a reader that unsubscribed', () => {
    const s = new KeyedSignal(0);
    let calls = 0;
    s.get('x');
    const off = s.subscribe('x', () => calls++);
    s.publish(() => 1);
    off();
    s.publish(() => 2);
    expect(calls).toBe(1);
  });
});
