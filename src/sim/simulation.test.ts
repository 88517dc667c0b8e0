import { describe, expect, it } from 'vitest';
import { buildFlow } from './flowBuilder';
import { createSimulation, runToCompletion } from './simulation';
import { BEHAVIOURS } from './nodes/registry';
import { inlineRunner, type InvokeRequest, type InvokeResult } from './runner';

const flow = buildFlow({
  nodes: [
    {
      id: 'web',
      kind: 'client',
      settings: { load: { type: 'poisson', rate: 50 }, timeoutMs: 400, retry: { maxAttempts: 2 } },
    },
    {
      id: 'api',
      kind: 'function',
      settings: {
        errorRate: 0.05,
        reservedConcurrentExecutions: 4,
        duration: { type: 'lognormal', median: 60, sigma: 0.6 },
      },
    },
    { id: 'tick', kind: 'schedule', settings: { scheduleExpression: 'rate(1 minute)' } },
    {
      id: 'job',
      kind: 'function',
      settings: { errorRate: 0.5, duration: { type: 'uniform', min: 10, max: 30 } },
    },
    { id: 'bus', kind: 'bus' },
  ],
  edges: [
    { source: 'web', target: 'api', settings: { type: 'invoke' } },
    { source: 'tick', target: 'job', settings: { type: 'invoke' } },
    { source: 'job', target: 'bus', settings: { type: 'destination', on: 'success' } },
  ],
  run: { durationSeconds: 300 },
});

const serialize = (r: ReturnType<typeof runToCompletion>) => JSON.stringify(r);

describe('a run', () => {
  it('is identical for the same flow and seed, and differs for another seed', () => {
    const a = serialize(runToCompletion(flow, { seed: 5 }));
    const b = serialize(runToCompletion(flow, { seed: 5 }));
    const c = serialize(runToCompletion(flow, { seed: 6 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('reports a kind without a behaviour as a typed warning instead of failing', () => {
    const { bus: _bus, ...withoutBus } = BEHAVIOURS;
    const r = runToCompletion(flow, { behaviours: withoutBus });
    expect(r.summary.completed).toBe(true);
    const w = r.summary.warnings.find((x) => x.type === 'kind-not-simulated');
    expect(w).toMatchObject({ nodeId: 'bus', kind: 'bus' });
    const bus = r.summary.nodes.find((n) => n.nodeId === 'bus')!;
    expect(bus.simulated).toBe(false);
    expect(bus.counters.unsimulatedMessages).toBeGreaterThan(0);
  });

  it('keeps span memory bounded and counts what it left out', () => {
    const r = runToCompletion(flow, { spanCapacity: 200, spanSampleRate: 0.1 });
    expect(r.spans.length).toBeLessThanOrEqual(200);
    expect(r.summary.spans.sampledOut).toBeGreaterThan(0);
    expect(r.summary.spans.kept + r.summary.spans.sampledOut + r.summary.spans.evicted).toBe(
      r.summary.spans.seen,
    );
    // Errors are always offered a place.
    expect(r.spans.some((s) => s.status !== 'ok')).toBe(true);
  });

  it('hands every kept span to onSpan as it ends', () => {
    const seen: number[] = [];
    const r = runToCompletion(flow, { spanCapacity: 100_000, onSpan: (s) => seen.push(s.spanId) });
    // Everything kept, including what newer spans later pushed out of the bounded store.
    expect(seen.length).toBe(r.summary.spans.kept + r.summary.spans.evicted);
    const all = new Set(seen);
    expect(r.spans.every((s) => all.has(s.spanId))).toBe(true);
  });

  it('records the scheduled event AWS sends', () => {
    const r = runToCompletion(flow, { spanCapacity: 100_000 });
    const job = r.spans.find((s) => s.type === 'function.invoke' && s.nodeId === 'job')!;
    const event = JSON.parse(job.payload!);
    expect(event).toMatchObject({
      version: '0',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '123456789012',
      region: 'us-east-1',
      detail: {},
    });
    expect(event.resources).toEqual(['arn:aws:events:us-east-1:123456789012:rule/tick']);
    // The event's time is the scheduled minute, without milliseconds.
    const minute = Math.floor(job.start / 60_000) * 60_000;
    expect(event.time).toBe(
      new Date(Date.parse('2026-01-01T00:00:00Z') + minute).toISOString().replace('.000Z', 'Z'),
    );
  });
});

describe('firing by hand', () => {
  it('sends a source event at the current virtual time', () => {
    const f = buildFlow({
      nodes: [
        {
          id: 'button',
          kind: 'source',
          settings: { events: [{ label: 'Press', atSeconds: null, payload: '{"pressed":true}' }] },
        },
        { id: 'fn', kind: 'function' },
      ],
      edges: [{ source: 'button', target: 'fn', settings: { type: 'invoke' } }],
      run: { durationSeconds: 10 },
    });
    const sim = createSimulation(f);
    expect(sim.advance(4_000).state).toBe('reached');
    expect(sim.fire('button', 0)).toBe(true);
    expect(sim.fire('button', 3)).toBe(false);
    expect(sim.fire('nobody', 0)).toBe(false);
    expect(sim.advance().state).toBe('done');
    const spans = sim.result().spans;
    const emit = spans.find((s) => s.type === 'source.emit');
    expect(emit?.type === 'source.emit' && emit.byHand).toBe(true);
    const inv = spans.find((s) => s.type === 'function.invoke')!;
    expect(inv.start).toBe(4_000);
    expect(JSON.parse(inv.payload!)).toEqual({ pressed: true });
  });
});

describe('handler runners', () => {
  const handler = (event: unknown, req: InvokeRequest) => {
    const n = (event as { n?: number } | null)?.n ?? 0;
    return n % 7 === 0
      ? { error: { type: 'Error', message: `bad ${n}` }, extraMs: 3 }
      : { value: { ok: req.requestId }, extraMs: (n % 5) * 10 };
  };
  const runnerFlow = buildFlow({
    nodes: [
      { id: 'c', kind: 'client', settings: { load: { type: 'poisson', rate: 200 } } },
      { id: 'f', kind: 'function', settings: { duration: { type: 'exponential', mean: 30 } } },
    ],
    edges: [{ source: 'c', target: 'f', settings: { type: 'invoke' } }],
    run: { durationSeconds: 20 },
  });

  it('gives the same run whether results come at once or late from an external runner', () => {
    const inline = JSON.stringify(runToCompletion(runnerFlow, { runner: inlineRunner({ f: handler }) }));
    const sim = createSimulation(runnerFlow, { runner: { type: 'external' } });
    const held: InvokeResult[] = [];
    let blockedTimes = 0;
    let maxInFlight = 0;
    for (;;) {
      const step = sim.advance();
      for (const e of sim.takeEffects()) {
        if (e.type !== 'invoke') throw new Error('no SDK calls here');
        const r = inlineRunner({ f: handler }).run(e.request);
        held.push(r);
        // The engine never runs past the earliest possible completion of what it handed out.
        expect(sim.now()).toBeLessThanOrEqual(e.request.startMs + e.request.declaredMs);
      }
      maxInFlight = Math.max(maxInFlight, held.length);
      if (step.state === 'done') break;
      if (step.state === 'blocked') blockedTimes++;
      // Answer late and out of order: newest first, only half of them each round.
      const n = Math.max(1, Math.ceil(held.length / 2));
      for (const r of held.splice(held.length - n, n).reverse()) expect(sim.deliver(r)).toBe(true);
    }
    expect(blockedTimes).toBeGreaterThan(10);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(JSON.stringify(sim.result())).toBe(inline);
  });

  it('turns a thrown exception into a function error', () => {
    const r = runToCompletion(runnerFlow, {
      durationMs: 1000,
      runner: inlineRunner({
        f: () => {
          throw new TypeError('boom');
        },
      }),
    });
    const span = r.spans.find((s) => s.type === 'function.invoke')!;
    expect(span.status).toBe('error');
    expect(span.error).toMatchObject({ type: 'TypeError', message: 'boom' });
  });

  it('lets code time add to the duration and turns returned errors into function errors', () => {
    const r = runToCompletion(runnerFlow, { runner: inlineRunner({ f: handler }) });
    const spans = r.spans.filter((s) => s.type === 'function.invoke');
    const failed = spans.filter((s) => s.status === 'error');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]!.error?.message).toMatch(/^bad \d+$/);
    const client = r.summary.nodes.find((n) => n.nodeId === 'c')!;
    expect(client.counters.functionErrors).toBe(failed.length);
  });
});
