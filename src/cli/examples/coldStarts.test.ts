import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import { count, edit, loadExample, nodeOf, notesOf, spans, summaryOf, sharedPool, SLOW } from './harness';

const flow = loadExample('cold-starts');
const run = sharedPool();
const FIRST_BURST = [10_000, 15_000] as const;
const SECOND_BURST = [35_000, 40_000] as const;

const coldIn = (r: RunResult, fn: string, [from, to]: readonly [number, number]) =>
  spans(r, 'function.invoke', fn).filter((s) => s.coldStart && s.start >= from && s.start < to).length;
const p99 = (r: RunResult, client: string) => summaryOf(r, client).histograms.e2eLatency!.p99;

describe('cold-starts example', () => {
  let r: RunResult;
  beforeAll(async () => {
    r = await run(flow);
  }, SLOW);

  it('on demand starts dozens of environments cold in the first burst; provisioned never starts cold', () => {
    expect(notesOf(flow)).toMatch(
      /Quote \(on demand\) starts cold in the first burst: dozens of new environments, each with an INIT of about 800 ms, and its p99 latency jumps\. Quote \(provisioned 20\) has its 20 environments ready before the run: no cold start at all/,
    );
    const a = nodeOf(flow, 'onDemand', 'function').settings;
    const b = nodeOf(flow, 'provisioned', 'function').settings;
    expect({ ...a, provisionedConcurrency: 20 }).toEqual(b);
    expect(coldIn(r, 'onDemand', FIRST_BURST)).toBeGreaterThan(20);
    expect(count(r, 'provisioned', 'coldStarts')).toBe(0);
    const init = summaryOf(r, 'onDemand').histograms.initDuration!;
    expect(init.p50).toBeGreaterThan(650);
    expect(init.p50).toBeLessThan(950);
    expect(p99(r, 'burstsA')).toBeGreaterThan(3 * p99(r, 'burstsB'));
    expect(summaryOf(r, 'provisioned').gauges.environments!.max).toBe(20);
    // Both saw the same kind of traffic.
    const sent = [count(r, 'burstsA', 'requests'), count(r, 'burstsB', 'requests')];
    expect(Math.abs(sent[0]! - sent[1]!) / sent[0]!).toBeLessThan(0.1);
  });

  it('the bigger second burst finds the first burst environments still warm', () => {
    expect(notesOf(flow)).toMatch(
      /the second burst is twice as big, yet Quote \(on demand\) barely starts cold again: the environments of the first burst are still warm \(Environment keep-alive 600 s/,
    );
    expect(flow.run.environmentKeepAliveSeconds).toBe(600);
    const second = spans(r, 'client.request', 'burstsA').filter((s) => s.start >= 35_000 && s.start < 38_000);
    const first = spans(r, 'client.request', 'burstsA').filter((s) => s.start >= 10_000 && s.start < 13_000);
    expect(second.length).toBeGreaterThan(first.length * 1.6);
    expect(coldIn(r, 'onDemand', SECOND_BURST)).toBeLessThan(coldIn(r, 'onDemand', FIRST_BURST) / 3);
  });

  it(
    'try: with provisioned concurrency 5 the bursts spill over and cold starts come back',
    async () => {
      expect(notesOf(flow)).toMatch(
        /set Provisioned concurrency to 5 on Quote \(provisioned 20\): the bursts spill over to on-demand environments and cold starts come back/,
      );
      const five = await run(
        edit(flow, (f) => {
          nodeOf(f, 'provisioned', 'function').settings.provisionedConcurrency = 5;
        }),
        { durationMs: 20_000 },
      );
      expect(coldIn(five, 'provisioned', FIRST_BURST)).toBeGreaterThan(5);
    },
    SLOW,
  );

  it(
    'try: with a 10 s keep-alive the second burst starts cold all over again',
    async () => {
      expect(notesOf(flow)).toMatch(
        /set the flow's Environment keep-alive to 10 s: idle environments are reclaimed between the bursts, and the second burst starts cold all over again/,
      );
      const short = await run(
        edit(flow, (f) => {
          f.run.environmentKeepAliveSeconds = 10;
        }),
      );
      expect(coldIn(short, 'onDemand', SECOND_BURST)).toBeGreaterThan(coldIn(short, 'onDemand', FIRST_BURST));
      expect(coldIn(short, 'onDemand', SECOND_BURST)).toBeGreaterThan(
        3 * coldIn(r, 'onDemand', SECOND_BURST),
      );
    },
    SLOW,
  );
});
