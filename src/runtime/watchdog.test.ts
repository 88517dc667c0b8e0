import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { nodeHandlerPool } from '../../bench/workersNode';
import type { HandlerPool } from './pool';
import { invokeAll, testCode, testRequest } from './testRequests';

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
