import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { runToCompletion } from '../../simulation';
import { billedMs, invocationCost } from './model';
import { clientToFunction } from './testFlows';
import { inlineRunner, type InlineRunner } from '../../runner';

const fnOf = (r: ReturnType<typeof runToCompletion>, id = 'fn') =>
  r.summary.nodes.find((n) => n.nodeId === id)!;

describe('the Lambda function model', () => {
  it('answers 429 to a sync caller when reserved concurrency is 0', () => {
    const r = runToCompletion(
      clientToFunction({
        load: { type: 'constant', rate: 10 },
        fn: { reservedConcurrentExecutions: 0 },
        durationSeconds: 1,
      }),
    );
    expect(fnOf(r, 'client').counters.responses4xx).toBe(10);
    const t = r.spans.find((s) => s.type === 'function.throttle');
    expect(t?.type === 'function.throttle' && t.reason).toBe(
      'ReservedFunctionConcurrentInvocationLimitExceeded',
    );
  });

  it('kills the environment on timeout, so the next request starts cold', () => {
    // Every call runs 5 s against a 1 s timeout: each is a timeout and each needs a new environment.
    const r = runToCompletion(
      clientToFunction({
        load: { type: 'constant', rate: 1 },
        fn: { timeout: 1, duration: { type: 'constant', value: 5000 } },
        durationSeconds: 10,
      }),
    );
    const fn = fnOf(r);
    expect(fn.counters.errors).toBe(fn.counters.invocations);
    expect(fn.counters.coldStarts).toBe(fn.counters.invocations);
    const span = r.spans.find((s) => s.type === 'function.invoke')!;
    expect(span.status).toBe('timeout');
    expect(span.error?.message).toMatch(/Task timed out after 1\.00 seconds/);
    expect(fnOf(r, 'client').counters.functionErrors).toBe(fn.counters.invocations);
  });

  it('reuses a warm environment and bills INIT plus duration rounded up to the ms', () => {
    const r = runToCompletion(
      clientToFunction({
        load: { type: 'constant', rate: 1 },
        fn: {
          duration: { type: 'constant', value: 10.2 },
          initDuration: { type: 'constant', value: 150.5 },
          memorySize: 512,
          architecture: 'arm64',
        },
        durationSeconds: 3,
      }),
    );
    const fn = fnOf(r);
    expect(fn.counters.invocations).toBe(3);
    expect(fn.counters.coldStarts).toBe(1);
    expect(billedMs(150.5, 10.2)).toBe(161);
    const expected = invocationCost(161, 512, 'arm64') + 2 * invocationCost(11, 512, 'arm64');
    expect(fn.costUsd).toBeCloseTo(expected, 15);
    expect(invocationCost(1000, 1024, 'x86_64')).toBeCloseTo(0.2e-6 + 0.0000166667, 15);
  });

  it('scales the declared duration with the CPU share when asked', () => {
    const at = (memorySize: number) =>
      fnOf(
        runToCompletion(
          clientToFunction({
            load: { type: 'constant', rate: 1 },
            fn: { memorySize, durationScaling: 'cpu', duration: { type: 'constant', value: 100 } },
            durationSeconds: 2,
          }),
        ),
      ).histograms.duration!.max;
    expect(at(1769)).toBeCloseTo(100, 6);
    expect(at(3538)).toBeCloseTo(100, 6);
    expect(at(885)).toBeCloseTo(100 * (1769 / 885), 6);
  });

  it('shares the unreserved account pool between functions without reservations', () => {
    const flow = buildFlow({
      nodes: [
        { id: 'c1', kind: 'client', settings: { load: { type: 'constant', rate: 100 } } },
        { id: 'c2', kind: 'client', settings: { load: { type: 'constant', rate: 100 } } },
        { id: 'a', kind: 'function', settings: { duration: { type: 'constant', value: 1000 } } },
        { id: 'b', kind: 'function', settings: { duration: { type: 'constant', value: 1000 } } },
        {
          id: 'r',
          kind: 'function',
          settings: { duration: { type: 'constant', value: 1000 }, reservedConcurrentExecutions: 30 },
        },
      ],
      edges: [
        { source: 'c1', target: 'a', settings: { type: 'invoke' } },
        { source: 'c2', target: 'b', settings: { type: 'invoke' } },
      ],
      run: { durationSeconds: 5, accountConcurrency: 130 },
    });
    const r = runToCompletion(flow);
    const a = fnOf(r, 'a');
    const b = fnOf(r, 'b');
    // 130 minus the 30 reserved for r leaves 100 for a and b together.
    expect(a.gauges.concurrency!.mean + b.gauges.concurrency!.mean).toBeLessThanOrEqual(100);
    expect(a.gauges.concurrency!.mean + b.gauges.concurrency!.mean).toBeGreaterThan(80);
    expect(Math.max(a.gauges.concurrency!.max, b.gauges.concurrency!.max)).toBeLessThanOrEqual(100);
    expect(a.counters.throttles! + b.counters.throttles!).toBeGreaterThan(0);
    const t = r.spans.find((s) => s.type === 'function.throttle');
    expect(t?.type === 'function.throttle' && t.limit).toBe('account');
  });

  it('takes provisioned concurrency of functions without a reservation out of the shared pool', () => {
    const flow = buildFlow({
      nodes: [
        { id: 'c', kind: 'client', settings: { load: { type: 'constant', rate: 200 } } },
        { id: 'busy', kind: 'function', settings: { duration: { type: 'constant', value: 1000 } } },
        { id: 'warm', kind: 'function', settings: { provisionedConcurrency: 50 } },
      ],
      edges: [{ source: 'c', target: 'busy', settings: { type: 'invoke' } }],
      run: { durationSeconds: 5, accountConcurrency: 130 },
    });
    const busy = fnOf(runToCompletion(flow), 'busy');
    expect(busy.gauges.concurrency!.max).toBe(80);
    expect(busy.counters.throttles).toBeGreaterThan(0);
  });

  it('retries 429s at the client with backoff until it gets through', () => {
    // Half an erlang on one environment: a third of first attempts find it busy (Erlang B).
    const flow = clientToFunction({
      load: { type: 'poisson', rate: 5 },
      fn: {
        reservedConcurrentExecutions: 1,
        provisionedConcurrency: 1,
        duration: { type: 'constant', value: 100 },
      },
      durationSeconds: 60,
    });
    const noRetry = fnOf(runToCompletion(flow), 'client');
    (flow.nodes[0]!.settings as { retry: { maxAttempts: number } }).retry.maxAttempts = 5;
    const withRetry = fnOf(runToCompletion(flow), 'client');
    expect(withRetry.counters.retries).toBeGreaterThan(0);
    expect(withRetry.counters.responses2xx!).toBeGreaterThan(noRetry.counters.responses2xx!);
    expect(withRetry.counters.rejected!).toBeLessThan(noRetry.counters.rejected! / 10);
  });

  it("adds the code's own virtual time to the declared duration, and a crash resets the environment", () => {
    const flow = clientToFunction({
      load: { type: 'constant', rate: 2 },
      fn: { duration: { type: 'constant', value: 10 } },
      durationSeconds: 5,
    });
    const slow = fnOf(
      runToCompletion(flow, { runner: inlineRunner({ fn: () => ({ value: 1, extraMs: 50 }) }) }),
    );
    expect(slow.histograms.duration!.max).toBeCloseTo(60, 6);
    expect(slow.counters.coldStarts).toBe(1);
    const crashing: InlineRunner = {
      type: 'inline',
      run: (req) => ({
        requestId: req.requestId,
        outcome: 'crash',
        error: { type: 'Runtime.ExitError', message: 'exit status 1' },
        extraMs: 0,
        logs: [],
        sdkCalls: [],
      }),
    };
    const crashed = fnOf(runToCompletion(flow, { runner: crashing }));
    expect(crashed.counters.errors).toBe(crashed.counters.invocations);
    expect(crashed.counters.coldStarts).toBe(crashed.counters.invocations);
  });
});
