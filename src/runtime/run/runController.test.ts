import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '../../format';
import { DEFAULT_HANDLER, type Flow } from '../../model';
import type { InvokeRequest } from '../../sim';
import { validateEventPattern, validateFilterPolicy } from '../../sim/patterns';
import type { HandlerPool, PoolResult } from '../pool';
import { createRunController, hasOwnCode, type PoolHandle, type RunController } from './runController';

function restApi(): Flow {
  const bytes = readFileSync(new URL('../../../public/examples/rest-api.eventflow.json', import.meta.url));
  const loaded = parseFlowFile(bytes, {
    checkers: { eventPattern: validateEventPattern, filterPolicy: validateFilterPolicy },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

function withDefaultCode(flow: Flow): Flow {
  return {
    ...flow,
    nodes: flow.nodes.map((n) =>
      n.kind === 'function' ? { ...n, settings: { ...n.settings, code: DEFAULT_HANDLER } } : n,
    ),
  } as Flow;
}

/** Answers every invocation with `{ statusCode: 200 }` at once, as a worker would after a batch. */
function fakePool(): PoolHandle & { disposed: number; submitted: number } {
  let queued: InvokeRequest[] = [];
  const handle = {
    disposed: 0,
    submitted: 0,
    pool: {
      get outstanding() {
        return queued.length;
      },
      beginRun() {},
      submit(requests: InvokeRequest[]) {
        handle.submitted += requests.length;
        queued.push(...requests);
      },
      answer() {},
      takeWaits: () => [],
      next(): Promise<PoolResult[]> {
        const out = queued.map((r) => ({
          requestId: r.requestId,
          outcome: 'ok' as const,
          value: { statusCode: 201, body: '{}' },
          extraMs: 0,
          logs: [],
          sdkCalls: [],
        }));
        queued = [];
        return Promise.resolve(out);
      },
    } as unknown as HandlerPool,
    dispose() {
      handle.disposed++;
    },
  };
  return handle;
}

function settle(c: RunController): Promise<void> {
  return new Promise((resolve) => {
    const off = c.subscribe(() => {
      if (c.getState().status !== 'running') {
        off();
        resolve();
      }
    });
  });
}

const fast = { yieldToHost: () => Promise.resolve(), notifyEveryMs: 0, speed: 'max' as const };

describe('run controller', () => {
  it('forgets the result and stops a run on reset (another document was opened)', async () => {
    const flow = withDefaultCode(restApi());
    const c = createRunController({ makePool: () => Promise.reject(new Error('unused')), ...fast });
    c.start(flow, { durationMs: 2000 });
    await settle(c);
    expect(c.getResult()).not.toBeNull();
    c.start(flow, { durationMs: 60_000 });
    c.reset();
    expect(c.getResult()).toBeNull();
    expect(c.getState().status).toBe('idle');
    await new Promise((r) => setTimeout(r, 10));
    expect(c.getResult()).toBeNull();
    expect(c.getState().status).toBe('idle');
  });

  it('runs the model alone when every function has the default handler', async () => {
    const flow = withDefaultCode(restApi());
    expect(hasOwnCode(flow)).toBe(false);
    const c = createRunController({ makePool: () => Promise.reject(new Error('no pool wanted')), ...fast });
    c.start(flow, { seed: 3, durationMs: 5000 });
    expect(c.getState().status).toBe('running');
    await settle(c);
    const s = c.getState();
    expect(s).toMatchObject({ status: 'done', progress: 1, virtualMs: 5000, withCode: false, epoch: 1 });
    expect(s.resultWithCode).toBe(false);
    const r = c.getResult()!;
    expect(r.summary.seed).toBe(3);
    expect(r.summary.nodes.find((n) => n.nodeId === 'createOrder')!.counters.invocations).toBeGreaterThan(0);
  });

  it('gives the same summary for the same seed', async () => {
    const flow = withDefaultCode(restApi());
    const c = createRunController({ makePool: () => Promise.reject(new Error('unused')), ...fast });
    c.start(flow, { durationMs: 3000 });
    await settle(c);
    const first = JSON.stringify(c.getResult()!.summary);
    c.start(flow, { durationMs: 3000 });
    await settle(c);
    expect(JSON.stringify(c.getResult()!.summary)).toBe(first);
    expect(c.getState().epoch).toBe(2);
  });

  it('runs with a pool when a function has code of its own, and disposes it', async () => {
    const flow = restApi();
    expect(hasOwnCode(flow)).toBe(true);
    const handle = fakePool();
    const c = createRunController({ makePool: () => Promise.resolve(handle), ...fast });
    c.start(flow, { durationMs: 2000 });
    await settle(c);
    expect(c.getState()).toMatchObject({ status: 'done', withCode: true, resultWithCode: true });
    expect(handle.submitted).toBeGreaterThan(0);
    expect(handle.disposed).toBe(1);
    const api = c.getResult()!.summary.nodes.find((n) => n.nodeId === 'checkout')!;
    expect(api.counters.responses2xx).toBeGreaterThan(0);
  });

  it('stops at the next slice and keeps the partial result of a model run', async () => {
    const flow = withDefaultCode(restApi());
    let slices = 0;
    const c = createRunController({
      makePool: () => Promise.reject(new Error('unused')),
      notifyEveryMs: 0,
      budgetMs: 0,
      speed: 'max',
      yieldToHost: () => {
        if (++slices === 3) c.stop();
        return Promise.resolve();
      },
    });
    const done = settle(c);
    c.start(flow, { durationMs: 600_000 });
    await done;
    expect(c.getState().status).toBe('stopped');
    await new Promise((r) => setTimeout(r, 0));
    const r = c.getResult()!;
    expect(r.summary.completed).toBe(false);
    expect(r.summary.reachedMs).toBeLessThan(600_000);
    expect(c.getState().status).toBe('stopped');
    expect(slices).toBe(3);
  });

  it('stops a pool run at once, disposes the pool and keeps the figures so far', async () => {
    const handle = fakePool();
    handle.pool.next = () => new Promise<PoolResult[]>(() => undefined);
    const c = createRunController({ makePool: () => Promise.resolve(handle), ...fast });
    c.start(restApi(), { durationMs: 10_000 });
    await new Promise((r) => setTimeout(r, 10));
    c.stop();
    expect(c.getState().status).toBe('stopped');
    expect(handle.disposed).toBe(1);
    const r = c.getResult()!;
    expect(r.summary.completed).toBe(false);
    expect(r.summary.reachedMs).toBeGreaterThan(0);
    expect(r.summary.nodes.find((n) => n.nodeId === 'ordersApi')!.counters.requests).toBeGreaterThan(0);
  });

  it('reports a failure to start the sandbox', async () => {
    const c = createRunController({ makePool: () => Promise.reject(new Error('no workers here')), ...fast });
    c.start(restApi());
    await settle(c);
    expect(c.getState()).toMatchObject({ status: 'failed', error: 'no workers here' });
  });
});
