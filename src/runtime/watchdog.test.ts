import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { nodeHandlerPool } from '../../bench/workersNode';
import type { HandlerPool } from './pool';
import { invokeAll, testCode, testRequest } from './testRequests';
import { runSimulation } from './driver';
import { buildFlow } from '../sim/flowBuilder';

const CODE = `export const handler = async (event) => {
  if (event.loop) while (true) {}
  if (event.hog) { const keep = []; for (;;) keep.push(new Array(1e6).fill(keep.length)); }
  return 'done ' + event.n;
};`;

let pool: HandlerPool;
beforeAll(() => {
  pool = nodeHandlerPool({ size: 1, wallCapMs: 300 });
});
afterAll(() => pool.close());

describe('the watchdog', () => {
  it('stops a handler that never returns, reports it timed out, and completes the rest of its batch', async () => {
    pool.beginRun({ seed: 1, startEpochMs: Date.parse('2026-01-01T00:00:00Z') }, [testCode(CODE)]);
    const res = await invokeAll(pool, [
      testRequest({ requestId: 'a', environmentId: 1, event: { n: 1 } }),
      testRequest({ requestId: 'b', environmentId: 2, event: { loop: true } }),
      testRequest({ requestId: 'c', environmentId: 3, event: { n: 3 } }),
    ]);
    expect(res.get('a')).toMatchObject({ outcome: 'ok', value: 'done 1' });
    expect(res.get('c')).toMatchObject({ outcome: 'ok', value: 'done 3' });
    const b = res.get('b')!;
    expect(b.outcome).toBe('timeout');
    expect(b.extraMs).toBe(3000 - 40);
    expect(b.logs[1]).toBe('2026-01-01T00:00:04.000Z b Task timed out after 3.00 seconds');
    expect(b.logs.at(-1)).toMatch(/^REPORT RequestId: b\tDuration: 3000\.00 ms\t.*Status: timeout$/);
    // The run goes on: the replacement worker answers.
    const after = await invokeAll(pool, [testRequest({ requestId: 'd', environmentId: 4, event: { n: 4 } })]);
    expect(after.get('d')).toMatchObject({ outcome: 'ok', value: 'done 4' });
  });

  it('reports a handler that exhausts memory as a runtime exit, and goes on', async () => {
    // Filling the heap takes longer than the short cap above: a pool with the default cap.
    const pool = nodeHandlerPool({ size: 1, maxHeapMb: 48 });
    onTestFinished(() => pool.close());
    pool.beginRun({ seed: 1, startEpochMs: 0 }, [testCode(CODE)]);
    const res = await invokeAll(pool, [testRequest({ requestId: 'm', event: { hog: true } })]);
    const m = res.get('m')!;
    expect(m.outcome).toBe('crash');
    expect(m.error?.type).toBe('Runtime.ExitError');
    expect(m.error?.message).toMatch(/^RequestId: m Error: Runtime exited with error: OutOfMemory/);
    const after = await invokeAll(pool, [testRequest({ requestId: 'n', environmentId: 2, event: { n: 2 } })]);
    expect(after.get('n')).toMatchObject({ outcome: 'ok', value: 'done 2' });
  });
});

describe('a run whose handler never yields', () => {
  const flowOf = (code: string) =>
    buildFlow({
      nodes: [
        { id: 'c', kind: 'client', settings: { load: { type: 'constant', rate: 1 } } },
        { id: 'f', kind: 'function', settings: { code, timeout: 1 } },
      ],
      edges: [{ source: 'c', target: 'f', settings: { type: 'invoke' } }],
      run: { durationSeconds: 3, seed: 1 },
    });

  it('reports the invocations as timeouts and warns that real time, not the model, stopped them', async () => {
    const r = await runSimulation(
      flowOf('export const handler = async () => { while (true) {} };'),
      {},
      pool,
    );
    const invokes = r.spans.filter((s) => s.type === 'function.invoke');
    expect(invokes.length).toBeGreaterThanOrEqual(2);
    expect(invokes.every((s) => s.status === 'timeout')).toBe(true);
    expect(r.summary.warnings).toHaveLength(1);
    const w = r.summary.warnings[0]!;
    expect(w).toMatchObject({ type: 'wall-clock-stop', nodeId: 'f' });
    // One more may have been stopped whose virtual deadline falls after the run's end.
    const count = w.type === 'wall-clock-stop' ? w.count : 0;
    expect(count - invokes.length).toBeGreaterThanOrEqual(0);
    expect(count - invokes.length).toBeLessThanOrEqual(1);
    expect(w.type === 'wall-clock-stop' && w.requestId).toBe(
      invokes[0]!.type === 'function.invoke' && invokes[0]!.requestId,
    );
    expect(w.message).toMatch(
      new RegExp(
        `held its worker for 0\\.3 s of real time .* \\(${count} invocations were stopped this way\\)\\.$`,
      ),
    );
  });

  it('says nothing when the handler returns', async () => {
    const r = await runSimulation(flowOf('export const handler = async () => 1;'), {}, pool);
    expect(r.spans.filter((s) => s.type === 'function.invoke').map((s) => s.status)).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
    expect(r.summary.warnings).toEqual([]);
  });
});
