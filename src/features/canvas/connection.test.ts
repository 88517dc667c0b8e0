import { describe, expect, it } from 'vitest';
import { createNode, type Edge, type FlowNode } from '../../model';
import { checkConnection } from './connection';

const at = { x: 0, y: 0 };
const nodes = new Map<string, FlowNode>(
  [
    createNode('queue', 'q', 'Jobs', at),
    createNode('function', 'f', 'Worker', at),
    createNode('api', 'a', 'Orders API', at),
    createNode('client', 'c', 'Users', at),
  ].map((n) => [n.id, n]),
);

describe('checkConnection', () => {
  it('gives the default edge type of an allowed pair', () => {
    expect(checkConnection(nodes, [], 'q', 'f')).toEqual({ ok: true, type: 'sqsMapping' });
    expect(checkConnection(nodes, [], 'a', 'f')).toEqual({ ok: true, type: 'integration' });
  });

  it('refuses a pair the kinds do not allow, with the reason', () => {
    const r = checkConnection(nodes, [], 'q', 'a');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/queue cannot connect to an API/i);
    expect(checkConnection(nodes, [], 'f', 'c')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/producer/),
    });
  });

  it('refuses self-loops and duplicates, and offers the next type when one is still free', () => {
    expect(checkConnection(nodes, [], 'f', 'f')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/itself/),
    });
    const sqs: Edge = {
      id: 'e1',
      source: 'q',
      target: 'f',
      settings: { type: 'sqsMapping' } as Edge['settings'],
    };
    expect(checkConnection(nodes, [sqs], 'q', 'f')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/already connected/),
    });
    const invoke: Edge = { id: 'e2', source: 'f', target: 'q', settings: { type: 'invoke' } };
    expect(checkConnection(nodes, [invoke], 'f', 'q')).toEqual({ ok: true, type: 'destination' });
  });
});
