import { describe, expect, it } from 'vitest';
import { buildFlow } from '../flowBuilder';
import { runToCompletion } from '../simulation';

const scheduled = (settings: Record<string, unknown>, durationSeconds = 3600) =>
  runToCompletion(
    buildFlow({
      nodes: [
        { id: 'tick', kind: 'schedule', settings },
        { id: 'fn', kind: 'function' },
      ],
      edges: [{ source: 'tick', target: 'fn', settings: { type: 'invoke' } }],
      run: { durationSeconds },
    }),
  );

describe('schedule producer', () => {
  it('fires a cron schedule at its times within the run', () => {
    const r = scheduled({ scheduleExpression: 'cron(0/15 * * * ? *)' });
    const fires = r.spans.filter((s) => s.type === 'schedule.fire').map((s) => s.start);
    expect(fires).toEqual([0, 900_000, 1_800_000, 2_700_000]);
    const invokes = r.spans.filter((s) => s.type === 'function.invoke');
    expect(invokes).toHaveLength(4);
    expect(invokes.every((s) => s.type === 'function.invoke' && s.invocationType === 'Event')).toBe(true);
  });

  it('sends its constant input instead of the scheduled event', () => {
    const r = scheduled({ scheduleExpression: 'rate(30 minutes)', input: '{"job":"nightly"}' });
    const inv = r.spans.find((s) => s.type === 'function.invoke')!;
    expect(JSON.parse(inv.payload!)).toEqual({ job: 'nightly' });
  });

  it('does not fire when disabled, and warns about an expression it cannot read', () => {
    expect(scheduled({ state: 'DISABLED' }).summary.nodes[0]!.counters.fires ?? 0).toBe(0);
    const bad = scheduled({ scheduleExpression: 'cron(0 12 * * *)' });
    expect(bad.summary.warnings).toEqual([
      expect.objectContaining({ type: 'unsupported-setting', nodeId: 'tick', setting: 'scheduleExpression' }),
    ]);
    expect(bad.summary.completed).toBe(true);
  });

  it('measures end-to-end latency until the function it triggered is done', () => {
    const r = scheduled({ scheduleExpression: 'rate(10 minutes)' });
    const e2e = r.summary.nodes.find((n) => n.nodeId === 'tick')!.histograms.e2eLatency!;
    expect(e2e.count).toBe(6);
    const inv = r.spans.filter((s) => s.type === 'function.invoke');
    expect(e2e.max).toBeCloseTo(Math.max(...inv.map((s) => s.end - s.start)), 6);
  });
});

describe('client producer', () => {
  it('warns and sends nothing when it has no target', () => {
    const r = runToCompletion(
      buildFlow({ nodes: [{ id: 'lonely', kind: 'client' }], run: { durationSeconds: 5 } }),
    );
    expect(r.summary.warnings).toEqual([expect.objectContaining({ type: 'no-target', nodeId: 'lonely' })]);
    expect(r.summary.eventsProcessed).toBe(0);
  });

  it('gives up on a slow answer at its timeout and retries it', () => {
    const r = runToCompletion(
      buildFlow({
        nodes: [
          {
            id: 'c',
            kind: 'client',
            settings: {
              load: { type: 'constant', rate: 1 },
              timeoutMs: 100,
              retry: { maxAttempts: 1, retryOn: ['timeout'] },
            },
          },
          { id: 'fn', kind: 'function', settings: { duration: { type: 'constant', value: 500 } } },
        ],
        edges: [{ source: 'c', target: 'fn', settings: { type: 'invoke' } }],
        run: { durationSeconds: 10 },
      }),
    );
    const c = r.summary.nodes.find((n) => n.nodeId === 'c')!;
    // Each request: an attempt, a timeout, one retry (<= 100 ms later), a second timeout.
    expect(c.counters.timeouts).toBe(c.counters.requests);
    expect(c.counters.retries).toBe(c.counters.requests);
    expect(c.counters.responses2xx ?? 0).toBe(0);
    // The function still ran every attempt to the end, and each was billed.
    expect(r.summary.nodes.find((n) => n.nodeId === 'fn')!.counters.invocations).toBeGreaterThanOrEqual(
      c.counters.attempts! - 2,
    );
    expect(c.counters.attempts).toBe(2 * c.counters.requests!);
  });
});
