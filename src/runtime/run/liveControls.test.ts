// Pause, step, resume, speed, firing by hand, keeping a run: the controls of issue #6.
import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../sim';
import { createRunController, type RunController } from './runController';

const flow = buildFlow({
  nodes: [
    { id: 'web', kind: 'client', settings: { load: { type: 'constant', rate: 10 } } },
    { id: 'api', kind: 'function', settings: { duration: { type: 'constant', value: 30 } } },
    {
      id: 'button',
      kind: 'source',
      settings: { events: [{ label: 'Manual', atSeconds: null, payload: '{"by":"hand"}' }] },
    },
  ],
  edges: [
    { id: 'e1', source: 'web', target: 'api', settings: { type: 'invoke' } },
    { id: 'e2', source: 'button', target: 'api', settings: { type: 'invoke' } },
  ],
  run: { durationSeconds: 5 },
});

const until = (c: RunController, ok: () => boolean) =>
  new Promise<void>((resolve) => {
    if (ok()) return resolve();
    const off = c.subscribe(() => {
      if (ok()) {
        off();
        resolve();
      }
    });
  });
const tick = () => new Promise((r) => setTimeout(r, 5));
const noPool = () => Promise.reject(new Error('no pool'));

describe('live run controls', () => {
  it('pauses, steps one event at a time, resumes, and ends with the same figures as an unbroken run', async () => {
    const c = createRunController({ makePool: noPool, notifyEveryMs: 0, speed: 'max', budgetMs: 0 });
    c.start(flow);
    c.pause();
    expect(c.getState().status).toBe('paused');
    await tick();
    const at = c.getState().virtualMs;
    await tick();
    expect(c.getState().virtualMs).toBe(at);
    c.step();
    await until(c, () => c.getState().lastStep !== null);
    const step = c.getState().lastStep!;
    expect(step.atMs).toBeGreaterThanOrEqual(at);
    expect(c.getState().status).toBe('paused');
    expect(c.getState().events).toBeGreaterThan(0);
    c.resume();
    await until(c, () => c.getState().status === 'done');
    const unbroken = createRunController({ makePool: noPool, notifyEveryMs: 0, speed: 'max' });
    unbroken.start(flow);
    await until(unbroken, () => unbroken.getState().status === 'done');
    expect(JSON.stringify(c.getResult()!.summary)).toBe(JSON.stringify(unbroken.getResult()!.summary));
  });

  it('runs at a multiple of real time', async () => {
    let real = 0;
    const c = createRunController({ makePool: noPool, notifyEveryMs: 0, speed: 10, now: () => real });
    c.start(flow);
    real = 100;
    await until(c, () => c.getState().virtualMs >= 1000);
    expect(c.getState().virtualMs).toBe(1000);
    c.setSpeed(0.5);
    real = 300;
    await until(c, () => c.getState().virtualMs >= 1100);
    expect(c.getState().virtualMs).toBe(1100);
    expect(c.getState().speed).toBe(0.5);
    c.stop();
  });

  it('fires a source by hand while paused, and the live data shows it', async () => {
    const c = createRunController({ makePool: noPool, notifyEveryMs: 0, speed: 'max', budgetMs: 0 });
    c.start(flow);
    c.pause();
    await tick();
    expect(c.fire('button', 0)).toBe(true);
    expect(c.fire('button', 7)).toBe(false);
    const live = c.getLive()!;
    const emitted = live.spans.toArray().filter((s) => s.type === 'source.emit');
    expect(emitted).toHaveLength(1);
    expect(emitted[0]).toMatchObject({ byHand: true, nodeId: 'button' });
    expect(live.hops.toArray().some((h) => h.edgeId === 'e2')).toBe(true);
    c.stop();
    expect(c.fire('button', 0)).toBe(false);
  });

  it('keeps a finished run to compare with the next', async () => {
    const c = createRunController({ makePool: noPool, notifyEveryMs: 0, speed: 'max' });
    expect(c.keep()).toBe(false);
    c.start(flow, { seed: 1 });
    await until(c, () => c.getState().status === 'done');
    expect(c.keep()).toBe(true);
    const first = c.getResult();
    c.start(flow, { seed: 2 });
    await until(c, () => c.getState().status === 'done');
    expect(c.getKept()!.result).toBe(first);
    expect(c.getResult()!.summary.seed).toBe(2);
    expect(
      c
        .getLive()!
        .nodes()
        .find((n) => n.nodeId === 'api')!.counters.invocations,
    ).toBe(c.getResult()!.summary.nodes.find((n) => n.nodeId === 'api')!.counters.invocations);
    c.clearKept();
    expect(c.getKept()).toBeNull();
  });
});

describe('trace sampling in the app', () => {
  it('keeps every trace of a modest flow and about 100 a second of a busy one', async () => {
    const { traceSampleRate } = await import('./runController');
    expect(traceSampleRate(flow, 5000)).toBe(1);
    const busy = buildFlow({
      nodes: [
        { id: 'web', kind: 'client', settings: { load: { type: 'poisson', rate: 1000 } } },
        { id: 'api', kind: 'function' },
      ],
      edges: [{ source: 'web', target: 'api', settings: { type: 'invoke' } }],
      run: { durationSeconds: 5 },
    });
    expect(traceSampleRate(busy, 5000)).toBeCloseTo(0.1, 5);
    const c = createRunController({ makePool: noPool, notifyEveryMs: 0, speed: 'max' });
    c.start(busy);
    await until(c, () => c.getState().status === 'done');
    const spans = c.getResult()!.summary.spans;
    expect(spans.sampleRate).toBeCloseTo(0.1, 5);
    expect(spans.sampledOut).toBeGreaterThan(spans.kept);
  });
});
