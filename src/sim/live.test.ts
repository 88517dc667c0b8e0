// The live hooks the run UI reads: stepping one event, hops across edges, figures so far.
import { describe, expect, it } from 'vitest';
import { buildFlow } from './flowBuilder';
import { createSimulation, runToCompletion } from './simulation';

const flow = buildFlow({
  nodes: [
    { id: 'web', kind: 'client', settings: { load: { type: 'constant', rate: 20 } } },
    { id: 'api', kind: 'function', settings: { duration: { type: 'constant', value: 40 } } },
  ],
  edges: [{ id: 'e1', source: 'web', target: 'api', settings: { type: 'invoke' } }],
  run: { durationSeconds: 10 },
});

describe('live hooks', () => {
  it('steps exactly one event at a time, and stepping all the way gives the same run', () => {
    const sim = createSimulation(flow);
    let steps = 0;
    for (;;) {
      const before = sim.nextEventMs();
      const r = sim.advance(sim.endMs, 1);
      steps++;
      if (r.state === 'done') break;
      expect(r.state).toBe('stepped');
      expect(r.now).toBe(before);
      expect(sim.result().summary.eventsProcessed).toBe(steps);
    }
    const whole = runToCompletion(flow);
    expect(steps).toBe(whole.summary.eventsProcessed);
    expect(JSON.stringify(sim.result().summary)).toBe(JSON.stringify(whole.summary));
  });

  it('reports each message crossing an edge with its virtual time', () => {
    const hops: Array<[string, number, number]> = [];
    const sim = createSimulation(flow, {
      onHop: (edgeId, atMs, attempt) => hops.push([edgeId, atMs, attempt]),
    });
    sim.advance(1000);
    expect(hops.length).toBe(20);
    expect(hops.every(([e, t, a]) => e === 'e1' && t < 1000 && a === 1)).toBe(true);
    expect(hops.map((h) => h[1])).toEqual([...hops.map((h) => h[1])].sort((a, b) => a - b));
  });

  it('gives counter totals, gauge levels and series so far', () => {
    let hops = 0;
    const sim = createSimulation(flow, { onHop: () => hops++ });
    sim.advance(2020);
    const api = sim.liveNodes().find((n) => n.nodeId === 'api')!;
    // The last request may still be on its way into the function at the cut.
    expect(api.counters.invocations).toBeGreaterThanOrEqual(hops - 1);
    expect(hops).toBeGreaterThanOrEqual(40);
    expect(api.gauges.concurrency).toBe(1);
    const series = sim.seriesOf('api')!;
    expect(series.counters.invocations!.reduce((a, b) => a + b, 0)).toBe(api.counters.invocations);
    expect(sim.seriesOf('nope')).toBeNull();
  });
});
