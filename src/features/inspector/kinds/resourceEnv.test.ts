import { describe, expect, it } from 'vitest';
import { createEdge, createNode, type FlowNode } from '../../../model';
import { suggestResourceEnv } from './resourceEnv';

const fn = createNode('function', 'fn', 'Worker', { x: 0, y: 0 });
const table = createNode('table', 'orders', 'Orders', { x: 0, y: 0 });
const queue = createNode('queue', 'jobs', 'Jobs queue', { x: 0, y: 0 });
const ext = createNode('external', 'pay', 'Payments', { x: 0, y: 0 });
const nodes: FlowNode[] = [fn, table, queue, ext];
const edges = [
  createEdge('e1', 'fn', 'orders', 'invoke'),
  createEdge('e2', 'fn', 'jobs', 'invoke'),
  createEdge('e3', 'fn', 'pay', 'invoke'),
];
const run = { region: 'eu-west-1', accountId: '111122223333' };

describe('suggestResourceEnv', () => {
  it('names each connected AWS resource the way its SDK call addresses it', () => {
    expect(suggestResourceEnv({ node: fn, nodes, edges }, run, {})).toEqual([
      { nodeId: 'orders', label: 'Orders', name: 'ORDERS_TABLE_NAME', value: 'orders' },
      {
        nodeId: 'jobs',
        label: 'Jobs queue',
        name: 'JOBS_QUEUE_URL',
        value: 'https://sqs.eu-west-1.amazonaws.com/111122223333/jobs',
      },
    ]);
  });

  it('leaves out resources already referenced and never reuses a name', () => {
    const got = suggestResourceEnv({ node: fn, nodes, edges }, run, {
      TABLE: 'orders',
      JOBS_QUEUE_URL: 'something else',
    });
    expect(got.map((v) => v.name)).toEqual(['JOBS_QUEUE_URL_2']);
  });
});
