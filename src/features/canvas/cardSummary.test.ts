import { describe, expect, it } from 'vitest';
import { createNode, FlowNode } from '../../model';
import { cardSummary, compact } from './cardSummary';
import { edgeLook } from './edgeLabel';

const at = { x: 0, y: 0 };
const node = (input: unknown) => FlowNode.parse(input);

describe('cardSummary', () => {
  it('shows what matters most for each kind, with AWS defaults', () => {
    expect(cardSummary(createNode('function', 'f', 'F', at))).toEqual(['128 MB · 3 s']);
    expect(cardSummary(createNode('queue', 'q', 'Q', at))).toEqual(['Standard · visibility 30 s']);
    expect(cardSummary(createNode('client', 'c', 'C', at))).toEqual(['Poisson 10 req/s']);
    expect(cardSummary(createNode('schedule', 's', 'S', at))).toEqual(['rate(1 minute)']);
    expect(cardSummary(createNode('stream', 's', 'S', at))).toEqual(['1 shard']);
    expect(cardSummary(createNode('api', 'a', 'A', at))).toEqual(['REST · 10k rps']);
    expect(cardSummary(createNode('table', 't', 'T', at))).toEqual(['key pk', 'stream off']);
    expect(cardSummary(createNode('external', 'x', 'X', at))).toEqual(['median 120 ms']);
    expect(cardSummary(createNode('bus', 'b', 'B', at))).toEqual(['0 rules']);
  });

  it('follows changed settings and connection counts', () => {
    const q = node({
      id: 'q',
      kind: 'queue',
      label: 'Q',
      position: at,
      settings: { fifoQueue: true, visibilityTimeout: 90 },
    });
    expect(cardSummary(q)).toEqual(['FIFO · visibility 90 s']);
    const s = node({
      id: 's',
      kind: 'stream',
      label: 'S',
      position: at,
      settings: { flavor: 'kafka', shardCount: 3 },
    });
    expect(cardSummary(s)).toEqual(['3 partitions']);
    expect(cardSummary(createNode('topic', 't', 'T', at), { subscription: 2 })).toEqual([
      'Standard · 2 subscriptions',
    ]);
    const t = node({
      id: 't',
      kind: 'table',
      label: 'T',
      position: at,
      settings: { sortKey: { name: 'sk' }, streamViewType: 'NEW_IMAGE' },
    });
    expect(cardSummary(t)).toEqual(['key pk + sk', 'stream on · new image']);
    const f = node({
      id: 'f',
      kind: 'function',
      label: 'F',
      position: at,
      settings: { memorySize: 1024, timeout: 30, reservedConcurrentExecutions: 5 },
    });
    expect(cardSummary(f)).toEqual(['1024 MB · 30 s', 'reserved 5']);
  });

  it('writes big numbers short', () => {
    expect(compact(950)).toBe('950');
    expect(compact(10_000)).toBe('10k');
    expect(compact(1_500_000)).toBe('1.5M');
  });
});

describe('edgeLook', () => {
  const edge = (settings: unknown) => ({ id: 'e', source: 'a', target: 'b', settings: settings as never });
  it('labels typed edges and leaves a plain invoke bare', () => {
    expect(edgeLook(edge({ type: 'invoke' }), undefined)).toEqual({ label: null, dashed: false });
    expect(edgeLook(edge({ type: 'sqsMapping', batchSize: 10, enabled: true }), undefined).label).toBe(
      'ESM · batch 10',
    );
    expect(edgeLook(edge({ type: 'subscription', filterPolicy: { a: ['x'] } }), undefined).label).toBe(
      'subscription · filtered',
    );
    expect(edgeLook(edge({ type: 'integration', routeKey: 'GET /orders' }), undefined).label).toBe(
      'GET /orders',
    );
  });

  it('dashes dead-letter and destination edges', () => {
    const q = createNode('queue', 'a', 'Q', at);
    expect(edgeLook(edge({ type: 'deadLetter', maxReceiveCount: 3 }), q)).toEqual({
      label: 'DLQ · 3 receives',
      dashed: true,
    });
    expect(edgeLook(edge({ type: 'destination', on: 'failure' }), undefined)).toEqual({
      label: 'on failure',
      dashed: true,
    });
  });

  it('names the bus rules that send along an edge', () => {
    const bus = node({
      id: 'a',
      kind: 'bus',
      label: 'B',
      position: at,
      settings: {
        rules: [{ name: 'orders', eventPattern: { source: ['shop'] }, targets: [{ nodeId: 'b' }] }],
      },
    });
    expect(edgeLook(edge({ type: 'invoke' }), bus).label).toBe('rule orders');
    expect(edgeLook({ ...edge({ type: 'invoke' }), target: 'c' }, bus).label).toBe('no rule');
  });
});
