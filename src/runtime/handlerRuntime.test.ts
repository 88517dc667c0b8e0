import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHandlerPool } from '../../bench/workersNode';
import type { HandlerPool } from './pool';
import { invokeAll, testCode, testRequest } from './testRequests';

const START = Date.parse('2026-01-01T00:00:00Z');
let pool: HandlerPool;
beforeAll(() => {
  pool = nodeHandlerPool({ size: 2, wallCapMs: 2000 });
});
afterAll(() => pool.close());

async function once(
  code: string,
  over: Partial<Parameters<typeof testRequest>[0]> = {},
  env: Record<string, string> = {},
) {
  pool.beginRun({ seed: 7, startEpochMs: START }, [testCode(code, 'fn', env)]);
  const r = await invokeAll(pool, [testRequest({ requestId: 'req-1', ...over })]);
  return r.get('req-1')!;
}

describe('the handler context', () => {
  it('has every field Lambda gives, memoryLimitInMB as a string, remaining time in virtual ms', async () => {
    const r = await once(
      `export const handler = async (event, context) => {
      const { getRemainingTimeInMillis, ...fields } = context;
      return { fields, remaining: getRemainingTimeInMillis(), env: process.env.TABLE, region: process.env.AWS_REGION };
    };`,
      { deadlineMs: 4000, startMs: 1000, declaredMs: 40 },
      { TABLE: 'orders' },
    );
    expect(r.outcome).toBe('ok');
    const v = r.value as { fields: Record<string, unknown>; remaining: number; env: string; region: string };
    expect(v.fields).toEqual({
      callbackWaitsForEmptyEventLoop: true,
      functionName: 'fn',
      functionVersion: '$LATEST',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:fn',
      memoryLimitInMB: '128',
      awsRequestId: 'req-1',
      logGroupName: '/aws/lambda/fn',
      logStreamName: 'env-1',
    });
    // The declared 40 ms of work come first: 3,000 - 40 remain when the code starts.
    expect(v.remaining).toBe(2960);
    expect(v.env).toBe('orders');
    expect(v.region).toBe('us-east-1');
  });
});

describe('virtual time', () => {
  it('lets a 200 ms timer add 200 virtual ms, and a ten-minute one finish without waiting', async () => {
    const r = await once(
      `export const handler = async (event, context) => {
      const d0 = Date.now(), p0 = performance.now(), r0 = context.getRemainingTimeInMillis();
      await new Promise((ok) => setTimeout(ok, 200));
      const d1 = Date.now(), p1 = performance.now(), r1 = context.getRemainingTimeInMillis();
      await new Promise((ok) => setTimeout(ok, 600000));
      return { date: d1 - d0, perf: p1 - p0, remaining: r0 - r1, iso: new Date(d0).toISOString() };
    };`,
      { deadlineMs: 1000 + 900_000 },
    );
    expect(r.outcome).toBe('ok');
    expect(r.value).toEqual({ date: 200, perf: 200, remaining: 200, iso: '2026-01-01T00:00:01.040Z' });
    expect(r.extraMs).toBe(600_200);
  });

  it('runs intervals and cleared timers in virtual order', async () => {
    const r = await once(`export const handler = async () => {
      const seen = [];
      const a = setInterval(() => seen.push('i' + Date.now() % 10000), 100);
      const b = setTimeout(() => seen.push('never'), 150);
      setTimeout(() => clearTimeout(b), 120);
      await new Promise((ok) => setTimeout(ok, 350));
      clearInterval(a);
      return seen;
    };`);
    expect(r.value).toEqual(['i1140', 'i1240', 'i1340']);
    expect(r.extraMs).toBe(350);
  });

  it('times out in virtual terms when a timer would fire past the deadline', async () => {
    const r = await once(
      `export const handler = async () => { await new Promise((ok) => setTimeout(ok, 5000)); return 'late'; };`,
    );
    expect(r.outcome).toBe('timeout');
    expect(r.extraMs).toBe(3000 - 40);
    expect(r.logs.join('\n')).toMatch(/Task timed out after 3\.00 seconds/);
  });
});

describe('seeded randomness', () => {
  const code = `export const handler = async () => ({ r: [Math.random(), Math.random()], id: crypto.randomUUID() });`;
  const draw = async (envs: number[]) => {
    pool.beginRun({ seed: 11, startEpochMs: START }, [testCode(code)]);
    const res = await invokeAll(
      pool,
      envs.map((e) => testRequest({ requestId: `r${e}`, environmentId: e })),
    );
    return envs.map((e) => res.get(`r${e}`)!.value as { r: number[]; id: string });
  };
  it('draws the same numbers for the same seed and environment, other numbers elsewhere', async () => {
    const [a1, a2] = await draw([1, 2]);
    const [b1] = await draw([1]);
    expect(b1).toEqual(a1);
    expect(a2!.r).not.toEqual(a1!.r);
    expect(a1!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a1!.id).not.toBe(a2!.id);
  });
});

describe('module state', () => {
  it('survives warm invocations of one environment only', async () => {
    pool.beginRun({ seed: 1, startEpochMs: START }, [
      testCode(`let calls = 0; export const handler = async () => ++calls;`),
    ]);
    const first = await invokeAll(pool, [
      testRequest({ requestId: 'a', environmentId: 1 }),
      testRequest({ requestId: 'b', environmentId: 2 }),
    ]);
    const second = await invokeAll(pool, [
      testRequest({ requestId: 'c', environmentId: 1, coldStart: false, startMs: 2000, deadlineMs: 5000 }),
    ]);
    const third = await invokeAll(pool, [
      testRequest({ requestId: 'd', environmentId: 3, startMs: 2000, deadlineMs: 5000 }),
    ]);
    expect([
      first.get('a')!.value,
      first.get('b')!.value,
      second.get('c')!.value,
      third.get('d')!.value,
    ]).toEqual([1, 1, 2, 1]);
  });
});

describe('logs', () => {
  it('captures console output with the START, END and REPORT lines CloudWatch shows', async () => {
    const r = await once(
      `console.log('loading');
export const handler = async (event) => {
  console.log('got', event);
  console.warn('careful %s', 'now');
  console.error(new Error('shown'));
  console.debug({ a: [1, 'x'] });
  return 1;
};`,
      { event: { id: 7 } },
    );
    const [init, start, log, warn, err, dbg, end, report] = r.logs;
    expect(init).toBe('2026-01-01T00:00:01.000Z\tundefined\tINFO\tloading');
    expect(start).toBe('START RequestId: req-1 Version: $LATEST');
    expect(log).toBe('2026-01-01T00:00:01.040Z\treq-1\tINFO\tgot { id: 7 }');
    expect(warn).toBe('2026-01-01T00:00:01.040Z\treq-1\tWARN\tcareful now');
    expect(err).toMatch(/^2026-01-01T00:00:01.040Z\treq-1\tERROR\tError: shown\n? *at /);
    expect(dbg).toBe("2026-01-01T00:00:01.040Z\treq-1\tDEBUG\t{ a: [ 1, 'x' ] }");
    expect(end).toBe('END RequestId: req-1');
    expect(r.logs).toHaveLength(8);
    expect(report).toMatch(
      /^REPORT RequestId: req-1\tDuration: 40\.00 ms\tBilled Duration: 40 ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: \d+\.\d\d ms$/,
    );
    expect((r as { initMeasuredMs?: number }).initMeasuredMs).toBeGreaterThan(0);
    const warm = await invokeAll(pool, [
      testRequest({ requestId: 'req-2', coldStart: false, startMs: 2000, deadlineMs: 5000 }),
    ]);
    expect(warm.get('req-2')!.logs.at(-1)).not.toMatch(/Init Duration/);
    expect((warm.get('req-2') as { initMeasuredMs?: number }).initMeasuredMs).toBeUndefined();
  });
});

describe('errors', () => {
  it('reports a thrown error as AWS formats it, with the stack on the handler lines', async () => {
    const r = await once(`export const handler = async (event) => {
  const x = 1;
  if (x) throw new TypeError('bad input');
};`);
    expect(r.outcome).toBe('error');
    expect(r.error).toMatchObject({ type: 'TypeError', message: 'bad input' });
    expect(r.error!.stack!.split('\n')).toEqual([
      'TypeError: bad input',
      '    at handler (file:///var/task/index.mjs:3:16)',
    ]);
    expect(r.logs.find((l) => l.includes('Invoke Error'))).toContain(
      '"errorType":"TypeError","errorMessage":"bad input"',
    );
  });

  it('maps line 1 columns past the sandbox prologue', async () => {
    const r = await once(`export const handler = async () => { throw new Error('one'); };`);
    expect(r.error!.stack).toContain('file:///var/task/index.mjs:1:44');
  });

  it('reports a throw at module scope as an init error and drops the environment', async () => {
    const r = await once(`const config = JSON.parse('{');\nexport const handler = async () => 1;`);
    expect(r.outcome).toBe('crash');
    expect(r.error!.type).toBe('SyntaxError');
    expect(
      r.logs.some((l) => l.startsWith('INIT_REPORT Init Duration') && l.endsWith('Error Type: SyntaxError')),
    ).toBe(true);
    const again = await invokeAll(pool, [
      testRequest({ requestId: 'req-2', coldStart: false, startMs: 2000, deadlineMs: 5000 }),
    ]);
    // A new environment: the module scope runs (and fails) again.
    expect(again.get('req-2')!.outcome).toBe('crash');
  });

  it('names what is wrong with the module or its handler', async () => {
    const cases: Array<[string, string, RegExp]> = [
      [
        `import { SESClient } from '@aws-sdk/client-ses';\nexport const handler = async () => 1;`,
        'Runtime.ImportModuleError',
        /Cannot find package '@aws-sdk\/client-ses' in the sandbox/,
      ],
      [
        `export const handler = async () => { return 1 +; };`,
        'Runtime.UserCodeSyntaxError',
        /^SyntaxError: /,
      ],
      [
        `export const main = async () => 1;`,
        'Runtime.HandlerNotFound',
        /^index\.handler is undefined or not exported$/,
      ],
      [
        `export const handler = (event, context, callback) => callback(null, 1);`,
        'Runtime.CallbackHandlerDeprecated',
        /async \(event, context\)/,
      ],
    ];
    for (const [code, type, message] of cases) {
      const r = await once(code);
      expect(r.outcome, code).toBe('crash');
      expect(r.error!.type, code).toBe(type);
      expect(r.error!.message, code).toMatch(message);
    }
  });

  it('crashes the environment when a timer callback throws', async () => {
    const r = await once(
      `export const handler = async () => { setTimeout(() => { throw new RangeError('late'); }, 10); await new Promise((ok) => setTimeout(ok, 50)); };`,
    );
    expect(r.outcome).toBe('crash');
    expect(r.error).toMatchObject({ type: 'RangeError', message: 'late' });
  });
});

describe('unhandled rejections', () => {
  it('end the invocation that made them, as Lambda ends the environment', async () => {
    const r = await once(`export const handler = async () => {
  Promise.reject(new Error('forgotten'));
  await new Promise((ok) => setTimeout(ok, 10));
  return 'not reached';
};`);
    expect(r.outcome).toBe('crash');
    expect(r.error).toMatchObject({ type: 'Runtime.UnhandledPromiseRejection', message: 'Error: forgotten' });
  });
});
