import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../sim/flowBuilder';
import type { InvokeRequest, InvokeResult, SdkAnswer } from '../../sim';
import type { PoolWait } from '../../runtime/pool';
import { testFlow, TEST_MARGIN_MS } from './testFlow';
import { runTest, type TestPool } from './testRun';

const flow = buildFlow({
  nodes: [
    { id: 'client', kind: 'client', settings: { load: { type: 'poisson', rate: 20 } } },
    {
      id: 'createOrder',
      kind: 'function',
      settings: { timeout: 6, duration: { type: 'constant', value: 30 } },
    },
    { id: 'orders', kind: 'table', settings: {} },
  ],
  edges: [
    { source: 'client', target: 'createOrder', settings: { type: 'invoke' } },
    { source: 'createOrder', target: 'orders', settings: { type: 'invoke' } },
  ],
  run: { durationSeconds: 60, seed: 3, region: 'eu-west-1', accountId: '111122223333' },
});

/**
 * Stands in for the sandbox: each invocation puts an item into `orders`, waits for the
 * answer (next() returns [] at once meanwhile, as the real pool does), then returns 201.
 */
class ScriptedPool implements TestPool {
  outstanding = 0;
  requests: InvokeRequest[] = [];
  private waits: PoolWait[] = [];
  private results: InvokeResult[] = [];
  private hidden: PoolWait[] = [];
  beginRun(): void {}
  submit(requests: InvokeRequest[]): void {
    for (const r of requests) {
      this.requests.push(r);
      this.outstanding++;
      const item = { pk: { S: (r.event as { id: string }).id } };
      this.waits.push({
        requestId: r.requestId,
        calls: [
          {
            requestId: r.requestId,
            callId: 1,
            service: 'dynamodb',
            operation: 'PutItem',
            input: { TableName: 'orders', Item: item },
            atMs: r.startMs + r.declaredMs,
          },
        ],
      });
    }
  }
  answer(answers: SdkAnswer[]): void {
    for (const a of answers) {
      const r = this.requests.find((x) => x.requestId === a.requestId)!;
      this.results.push({
        requestId: a.requestId,
        outcome: 'ok',
        value: { statusCode: 201 },
        extraMs: a.atMs - r.startMs - r.declaredMs,
        logs: ['created'],
        sdkCalls: [],
      });
    }
  }
  private quiet = true;
  async next() {
    // The first round brings nothing at all (a worker still busy): the loop must yield, not spin.
    if (this.quiet) {
      this.quiet = false;
      this.hidden = this.waits.splice(0);
      return [];
    }
    this.waits.push(...this.hidden.splice(0));
    const got = this.results.splice(0);
    this.outstanding -= got.length;
    return got;
  }
  takeWaits(): PoolWait[] {
    return this.waits.splice(0);
  }
}

describe('testFlow', () => {
  it('drops producers, uses the draft code, turns async retries off, and lasts timeout + margin', () => {
    const f = testFlow(flow, 'createOrder', 'export const handler = async () => 1;');
    expect(f.nodes.map((n) => n.id)).toEqual(['createOrder', 'orders']);
    expect(f.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['createOrder>orders']);
    const fn = f.nodes[0]!;
    expect(fn.kind === 'function' && [fn.settings.code, fn.settings.maximumRetryAttempts]).toEqual([
      'export const handler = async () => 1;',
      0,
    ]);
    expect(f.run.durationSeconds * 1000).toBe(6000 + TEST_MARGIN_MS);
    expect(flow.nodes).toHaveLength(3);
  });
});

describe('runTest', () => {
  it('answers the SDK calls through the simulation and returns the one invocation', async () => {
    const pool = new ScriptedPool();
    let yields = 0;
    const out = await runTest(
      pool,
      testFlow(flow, 'createOrder', 'x'),
      'createOrder',
      { id: 'o-1' },
      async () => {
        yields++;
      },
    );
    expect(pool.requests).toHaveLength(1);
    expect(out.requestId).toBe(pool.requests[0]!.requestId);
    expect(pool.requests[0]!.context.invokedFunctionArn).toBe(
      'arn:aws:lambda:eu-west-1:111122223333:function:createOrder',
    );
    expect(out.outcome).toBe('ok');
    expect(out.value).toEqual({ statusCode: 201 });
    expect(out.coldStart).toBe(true);
    expect(out.sdkCalls.map((c) => [c.service, c.operation, c.resource, c.status])).toEqual([
      ['dynamodb', 'PutItem', 'orders', 'ok'],
    ]);
    expect(out.logs.some((l) => l.startsWith('REPORT RequestId:') && l.includes('Init Duration'))).toBe(true);
    expect(out.logs).toContain('created');
    expect(out.report?.durationMs).toBeGreaterThanOrEqual(30);
    // A round with nothing new: the loop yielded to the host instead of spinning.
    expect(yields).toBeGreaterThan(0);
  });
});
