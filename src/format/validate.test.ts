import { describe, expect, it } from 'vitest';
import {
  createEdge,
  createNode,
  emptyFlow,
  type EdgeType,
  type Flow,
  type FlowNode,
  type NodeKind,
} from '../model';
import { validateFlow } from './validate';
import type { Problem } from './problems';

type NodeSpec = [id: string, kind: NodeKind, settings?: Record<string, unknown>];
type EdgeSpec = [source: string, target: string, type: EdgeType, settings?: Record<string, unknown>];

function flowOf(nodes: NodeSpec[], edges: EdgeSpec[] = []): Flow {
  const flow = emptyFlow('Test');
  flow.nodes = nodes.map(([id, kind, settings], i) => {
    const node = createNode(kind, id, id, { x: i * 260, y: 0 });
    Object.assign(node.settings, settings);
    return node;
  });
  flow.edges = edges.map(([s, t, type, settings], i) => {
    const edge = createEdge(`e${i}`, s, t, type);
    Object.assign(edge.settings, settings);
    return edge;
  });
  return flow;
}

const errors = (problems: Problem[]) =>
  problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);
const warnings = (problems: Problem[]) =>
  problems.filter((p) => p.severity === 'warning').map((p) => `${p.path}: ${p.message}`);

describe('validateFlow: graph', () => {
  it('finds duplicate node, edge and note ids, and notes that reuse a node id', () => {
    const flow = flowOf(
      [
        ['a', 'function'],
        ['a', 'queue'],
      ],
      [['a', 'a', 'invoke']],
    );
    flow.edges.push({ ...flow.edges[0]! });
    flow.notes = [{ id: 'a', text: '', position: { x: 0, y: 0 }, width: 220, height: 120, color: 'yellow' }];
    const e = errors(validateFlow(flow));
    expect(e).toContain('nodes[1].id: duplicate node id "a": every node needs its own id');
    expect(e).toContain('edges[1].id: duplicate edge id "e0": every edge needs its own id');
    expect(e).toContain('notes[0].id: duplicate id "a": a node has it already');
  });

  it('finds edges to missing nodes, refused kind pairs and edge types the pair does not allow', () => {
    const flow = flowOf(
      [
        ['q', 'queue'],
        ['api', 'api'],
        ['f', 'function'],
        ['t', 'table'],
      ],
      [
        ['q', 'api', 'invoke'],
        ['q', 'ghost', 'invoke'],
        ['f', 't', 'sqsMapping'],
      ],
    );
    const e = errors(validateFlow(flow));
    expect(e[0]).toMatch(/^edges\[0\]: A queue cannot connect to an API: SQS does not push/);
    expect(e[1]).toBe('edges[1].target: ends at node "ghost", which does not exist');
    expect(e[2]).toBe(
      'edges[2].settings.type: a "sqsMapping" edge cannot join function "f" to table "t"; allowed: invoke',
    );
    expect(validateFlow(flow).find((p) => p.path === 'edges[1].target')?.edgeId).toBe('e1');
  });

  it('refuses duplicate API routes, a queue that is its own DLQ, and warns on repeated connections', () => {
    const flow = flowOf(
      [
        ['api', 'api'],
        ['f', 'function'],
        ['q', 'queue'],
      ],
      [
        ['api', 'f', 'integration', { routeKey: 'GET /a' }],
        ['api', 'f', 'integration', { routeKey: 'GET /a' }],
        ['q', 'q', 'deadLetter'],
        ['f', 'q', 'invoke'],
        ['f', 'q', 'invoke'],
      ],
    );
    const p = validateFlow(flow);
    expect(errors(p)).toEqual([
      'edges[2].target: "q" cannot be its own dead-letter queue',
      'edges[1].settings.routeKey: route "GET /a" is defined twice on this API',
    ]);
    expect(warnings(p)).toEqual(['edges[4]: "f" is already connected to "q" by a "invoke" edge']);
  });
});

describe('validateFlow: routing', () => {
  const rule = (targets: Record<string, unknown>[], name = 'r') => ({
    name,
    eventPattern: { source: ['x'] },
    targets: targets.map((t) => ({
      input: null,
      inputPath: null,
      inputTransformer: null,
      deadLetterQueue: null,
      ...t,
    })),
  });

  it('rule targets must exist and be connected; connected nodes no rule targets get a warning', () => {
    const flow = flowOf(
      [
        ['bus', 'bus', { rules: [rule([{ nodeId: 'f' }, { nodeId: 'ghost' }])] }],
        ['f', 'function'],
        ['g', 'function'],
      ],
      [['bus', 'g', 'invoke']],
    );
    const p = validateFlow(flow);
    expect(errors(p)).toEqual([
      'nodes[0].settings.rules[0].targets[0].nodeId: rule "r" targets "f", which is not connected: draw an edge from this bus to it',
      'nodes[0].settings.rules[0].targets[1].nodeId: rule "r" targets node "ghost", which does not exist',
    ]);
    expect(warnings(p)).toEqual([
      'edges[0]: no rule of "bus" targets "g": add the node to a rule\'s targets',
    ]);
  });

  it('rule targets: one input form, a $ inputPath, a standard-queue DLQ; unique rule names', () => {
    const flow = flowOf(
      [
        [
          'bus',
          'bus',
          {
            rules: [
              rule([{ nodeId: 'f', input: '{}', inputPath: 'detail', deadLetterQueue: 'fifo' }]),
              rule([{ nodeId: 'f', deadLetterQueue: 'f' }]),
            ],
          },
        ],
        ['f', 'function'],
        ['fifo', 'queue', { fifoQueue: true }],
      ],
      [['bus', 'f', 'invoke']],
    );
    expect(errors(validateFlow(flow))).toEqual([
      'nodes[0].settings.rules[0].targets[0]: set at most one of input, inputPath and inputTransformer (EventBridge accepts only one)',
      'nodes[0].settings.rules[0].targets[0].inputPath: must be a JSONPath starting with $, e.g. $.detail (got "detail")',
      'nodes[0].settings.rules[0].targets[0].deadLetterQueue: the dead-letter queue of an EventBridge target must be a standard queue, and "fifo" is FIFO',
      'nodes[0].settings.rules[1].name: rule name "r" is used twice on this bus',
      'nodes[0].settings.rules[1].targets[0].deadLetterQueue: the dead-letter queue of an EventBridge target must be an SQS queue, and "f" is a function',
    ]);
  });

  it('passes patterns and policies to the injected checkers, and survives a checker that throws', () => {
    const flow = flowOf(
      [
        ['bus', 'bus', { rules: [rule([])] }],
        ['t', 'topic'],
        ['q', 'queue'],
      ],
      [['t', 'q', 'subscription', { filterPolicy: { a: ['b'] }, filterPolicyScope: 'MessageBody' }]],
    );
    const seen: unknown[] = [];
    const p = validateFlow(flow, {
      eventPattern: (pattern) => (seen.push(pattern), ['bad pattern']),
      filterPolicy: (policy, scope) => {
        seen.push(policy, scope);
        throw new Error('boom');
      },
    });
    expect(seen).toEqual([{ source: ['x'] }, { a: ['b'] }, 'MessageBody']);
    expect(errors(p)).toEqual([
      'nodes[0].settings.rules[0].eventPattern: bad pattern',
      'edges[0].settings.filterPolicy: could not be checked (boom)',
    ]);
  });

  it('SNS: FIFO queue on a standard topic, FIFO topic to a function, DLQ of the wrong type', () => {
    const flow = flowOf(
      [
        ['t', 'topic'],
        ['ft', 'topic', { fifoTopic: true }],
        ['fq', 'queue', { fifoQueue: true }],
        ['f', 'function'],
        ['q', 'queue'],
      ],
      [
        ['t', 'fq', 'subscription'],
        ['ft', 'f', 'subscription'],
        ['ft', 'fq', 'subscription', { deadLetterQueue: 'q' }],
      ],
    );
    expect(errors(validateFlow(flow))).toEqual([
      'edges[0]: FIFO queue "fq" can only subscribe to a FIFO topic, and "t" is standard',
      'edges[1]: FIFO topic "ft" can only deliver to SQS queues',
      'edges[2].settings.deadLetterQueue: the dead-letter queue of subscription "e2" must be a FIFO queue, and "q" is standard',
    ]);
  });
});

describe('validateFlow: event source mappings and dead letters', () => {
  it('SQS batch sizes: > 10 needs a window on standard queues, FIFO caps at 10 with no window', () => {
    const flow = flowOf(
      [
        ['q', 'queue'],
        ['fq', 'queue', { fifoQueue: true }],
        ['f', 'function'],
      ],
      [
        ['q', 'f', 'sqsMapping', { batchSize: 11 }],
        ['q', 'f', 'sqsMapping', { batchSize: 100, maximumBatchingWindowInSeconds: 1 }],
        ['fq', 'f', 'sqsMapping', { batchSize: 20, maximumBatchingWindowInSeconds: 5 }],
      ],
    );
    expect(errors(validateFlow(flow))).toEqual([
      'edges[0].settings.maximumBatchingWindowInSeconds: a batch size above 10 (got 11) needs maximumBatchingWindowInSeconds of at least 1',
      'edges[2].settings.batchSize: a FIFO queue allows a batch size of at most 10 (got 20)',
      'edges[2].settings.maximumBatchingWindowInSeconds: FIFO queues do not support a batching window: set it to 0',
    ]);
  });

  it('visibility timeout below the function timeout is an error, below 6x a warning', () => {
    const flow = flowOf(
      [
        ['q', 'queue', { visibilityTimeout: 30 }],
        ['slow', 'function', { timeout: 60 }],
        ['mid', 'function', { timeout: 10 }],
      ],
      [
        ['q', 'slow', 'sqsMapping'],
        ['q', 'mid', 'sqsMapping'],
      ],
    );
    const p = validateFlow(flow);
    expect(errors(p)).toEqual([
      'edges[0]: queue "q" has a visibility timeout of 30 s, less than the function\'s timeout of 60 s: Lambda refuses this mapping',
    ]);
    expect(warnings(p)[0]).toMatch(
      /^edges\[1\]: AWS advises a visibility timeout of at least 6 x the function timeout/,
    );
  });

  it('a table stream mapping needs streamViewType; onFailure must be a standard queue, topic or bucket', () => {
    const flow = flowOf(
      [
        ['t', 'table'],
        ['f', 'function'],
        ['fq', 'queue', { fifoQueue: true }],
      ],
      [
        ['t', 'f', 'streamMapping', { onFailure: 'f' }],
        ['t', 'f', 'streamMapping', { onFailure: 'fq' }],
      ],
    );
    expect(errors(validateFlow(flow))).toEqual([
      'edges[0]: table "t" has no stream: set its streamViewType to read its changes',
      'edges[0].settings.onFailure: the on-failure destination must be a queue, a topic or a bucket, and "f" is a function',
      'edges[1]: table "t" has no stream: set its streamViewType to read its changes',
      'edges[1].settings.onFailure: Lambda cannot send to FIFO queue "fq": use a standard one',
    ]);
  });

  it('queue redrive: one DLQ, same FIFO-ness; a function: one dead-letter edge, one destination per outcome, no FIFO', () => {
    const flow = flowOf(
      [
        ['q', 'queue'],
        ['d1', 'queue'],
        ['fd', 'queue', { fifoQueue: true }],
        ['f', 'function'],
        ['t', 'topic'],
      ],
      [
        ['q', 'd1', 'deadLetter'],
        ['q', 'fd', 'deadLetter'],
        ['f', 'd1', 'deadLetter'],
        ['f', 't', 'deadLetter'],
        ['f', 'd1', 'destination', { on: 'failure' }],
        ['f', 't', 'destination', { on: 'failure' }],
        ['f', 'fd', 'destination', { on: 'success' }],
      ],
    );
    expect(errors(validateFlow(flow))).toEqual([
      'edges[1]: queue "q" has two dead-letter queues; a redrive policy names one',
      'edges[1]: the dead-letter queue of a standard queue must also be standard, and "fd" is FIFO',
      'edges[3]: a function has at most one dead-letter queue or topic',
      'edges[5]: a function has at most one on-failure destination',
      'edges[6]: Lambda cannot send failed or finished events to FIFO queue "fd": use a standard one',
    ]);
  });
});

describe('validateFlow: settings', () => {
  it('concurrency against the account: reserved <= account - 100, in total too; provisioned <= reserved', () => {
    const flow = flowOf([
      ['a', 'function', { reservedConcurrentExecutions: 950 }],
      ['b', 'function', { reservedConcurrentExecutions: 10, provisionedConcurrency: 20 }],
      ['c', 'function', { reservedConcurrentExecutions: 0 }],
    ]);
    const p = validateFlow(flow);
    expect(errors(p)).toEqual([
      'nodes[0].settings.reservedConcurrentExecutions: reserves 950, but at most 900 can be reserved: account concurrency 1000 minus the 100 AWS keeps unreserved',
      'nodes[1].settings.provisionedConcurrency: provisioned concurrency 20 is above the reserved concurrency 10',
      'run.accountConcurrency: functions reserve 960 in total, but at most 900 can be reserved (account concurrency 1000 minus 100)',
    ]);
    expect(warnings(p)).toEqual([
      'nodes[2].settings.reservedConcurrentExecutions: reserved concurrency 0 throttles every invocation of this function',
    ]);
  });

  it('reserved environment variables and a handler the code does not export', () => {
    const flow = flowOf([
      ['f', 'function', { environment: { AWS_REGION: 'x', TABLE: 'y' }, handler: 'index.main' }],
    ]);
    const p = validateFlow(flow);
    expect(errors(p)).toEqual([
      'nodes[0].settings.environment.AWS_REGION: AWS_REGION is set by Lambda itself and cannot be overridden',
    ]);
    expect(warnings(p)).toEqual([
      'nodes[0].settings.code: the code does not seem to export "main", the function named by handler "index.main"',
    ]);
  });

  it('schedules: AWS expression syntax and a real time zone', () => {
    const flow = flowOf([
      [
        's',
        'schedule',
        { scheduleExpression: 'rate(1 minutes)', scheduleExpressionTimezone: 'Mars/Olympus' },
      ],
      [
        'ok',
        'schedule',
        { scheduleExpression: 'cron(0 9 ? * MON-FRI *)', scheduleExpressionTimezone: 'Europe/Paris' },
      ],
    ]);
    expect(errors(validateFlow(flow))).toEqual([
      'nodes[0].settings.scheduleExpression: AWS wants the singular for a rate of 1: rate(1 minute)',
      'nodes[0].settings.scheduleExpressionTimezone: "Mars/Olympus" is not a time zone: use an IANA name such as UTC or Europe/Paris',
    ]);
  });

  it('content-based deduplication needs FIFO; source events after the run; client paths no route serves', () => {
    const flow = flowOf(
      [
        ['q', 'queue', { contentBasedDeduplication: true }],
        ['t', 'topic', { contentBasedDeduplication: true }],
        ['s', 'source', { events: [{ label: 'late', atSeconds: 600, payload: '{}' }] }],
        ['c', 'client', { request: { method: 'DELETE', path: '/orders/1', headers: {}, body: '' } }],
        ['api', 'api'],
        ['f', 'function'],
      ],
      [
        ['c', 'api', 'invoke'],
        ['api', 'f', 'integration', { routeKey: 'GET /orders/{id}' }],
      ],
    );
    const p = validateFlow(flow);
    expect(errors(p)).toEqual([
      'nodes[0].settings.contentBasedDeduplication: content-based deduplication needs a FIFO queue',
      'nodes[1].settings.contentBasedDeduplication: content-based deduplication needs a FIFO topic',
    ]);
    expect(warnings(p)).toEqual([
      'nodes[2].settings.events[0].atSeconds: fires at 600 s, after the run ends (60 s)',
      'nodes[3].settings.request: calls DELETE /orders/1, but API "api" has no route for it (routes: GET /orders/{id}): every call gets a 404',
    ]);
  });
});

describe('validateFlow: integrations', () => {
  it('warns when API Gateway times out before the function; refuses overlapping S3 notifications', () => {
    const flow = flowOf(
      [
        ['api', 'api'],
        ['f', 'function', { timeout: 60 }],
        ['b', 'bucket'],
        ['g', 'function'],
        ['q', 'queue'],
      ],
      [
        ['api', 'f', 'integration'],
        ['b', 'g', 'notification', { events: ['s3:ObjectCreated:*'], prefix: 'in/' }],
        [
          'b',
          'q',
          'notification',
          { events: ['s3:ObjectCreated:Put'], prefix: 'in/photos/', suffix: '.jpg' },
        ],
        ['b', 'q', 'notification', { events: ['s3:ObjectRemoved:*'], prefix: 'in/' }],
        ['b', 'g', 'notification', { events: ['s3:ObjectCreated:*'], prefix: 'out/' }],
      ],
    );
    const p = validateFlow(flow);
    expect(warnings(p)).toEqual([
      'edges[0].settings.timeoutInMillis: API Gateway gives up after 29000 ms (504), but "f" may run for 60 s: the caller never sees a slow answer',
    ]);
    expect(errors(p)).toEqual([
      'edges[2]: overlaps notification "e1" (same event types, overlapping prefix and suffix): S3 refuses ambiguous notification configurations',
    ]);
  });
});

describe('validateFlow: robustness', () => {
  it('never throws, even on a flow that is not schema-valid', () => {
    const broken = {
      ...emptyFlow(),
      nodes: [null, { id: 'x', kind: 'function' }],
      edges: [{}],
    } as unknown as Flow;
    expect(() => validateFlow(broken)).not.toThrow();
    expect(errors(validateFlow(broken)).length).toBeGreaterThan(0);
    expect(() => validateFlow({} as Flow)).not.toThrow();
  });

  it('handles 500 nodes in one pass (a chain of queue -> function -> queue ...)', () => {
    const nodes: NodeSpec[] = [];
    const edges: EdgeSpec[] = [];
    for (let i = 0; i < 250; i++) {
      nodes.push([`q${i}`, 'queue'], [`f${i}`, 'function']);
      edges.push([`q${i}`, `f${i}`, 'sqsMapping']);
      if (i > 0) edges.push([`f${i - 1}`, `q${i}`, 'invoke']);
    }
    const flow = flowOf(nodes, edges);
    expect(validateFlow(flow)).toEqual([]);
    (flow.nodes[499] as FlowNode).id = 'q0';
    expect(errors(validateFlow(flow))).toContain(
      'nodes[499].id: duplicate node id "q0": every node needs its own id',
    );
  });
});
