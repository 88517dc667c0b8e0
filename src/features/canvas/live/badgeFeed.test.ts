import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../model';
import type { NodeSeries } from '../../../sim';
import { BadgeFeed, sameBadge, type BadgeSource } from './badgeFeed';

type Figs = { nodeId: string; counters: Record<string, number>; gauges: Record<string, number> };

/** A stand-in for LiveRun: the figures are set by hand between looks. */
function fakeRun(): BadgeSource & { figs: Figs[]; bump(nowMs: number): void; seriesCalls: number } {
  const flow = {
    nodes: [
      { id: 'fn', kind: 'function' },
      { id: 'jobs', kind: 'queue' },
      { id: 'dlq', kind: 'queue' },
      { id: 'feed', kind: 'stream' },
    ],
    edges: [
      { id: 'e1', source: 'jobs', target: 'dlq', settings: { type: 'deadLetter', maxReceiveCount: 3 } },
    ],
  } as unknown as Flow;
  const run = {
    flow,
    version: 1,
    nowMs: 0,
    seriesCalls: 0,
    figs: [
      { nodeId: 'fn', counters: { errors: 0, throttles: 0, coldStarts: 1 }, gauges: { concurrency: 1 } },
      { nodeId: 'jobs', counters: { movedToDlq: 0 }, gauges: { queueDepth: 0 } },
      { nodeId: 'feed', counters: { recordsIn: 5 }, gauges: {} },
    ] as Figs[],
    nodes: () => run.figs,
    series(nodeId: string): NodeSeries {
      run.seriesCalls++;
      const h = { count: [3, 2, 0], p50: [1, 1, 0], p95: [8, 8, 0], p99: [9, 9, 0], max: [40, 25, 0] };
      return { nodeId, counters: {}, gauges: {}, histograms: { iteratorAgeMs: h } };
    },
    bump(nowMs: number) {
      run.version++;
      run.nowMs = nowMs;
    },
  };
  return run;
}

describe('BadgeFeed', () => {
  it('gives each node its lines, with the DLQ and stream context', () => {
    const run = fakeRun();
    const views = new BadgeFeed(run).update(0, true);
    expect(views.get('fn')).toEqual({
      lines: ['1 busy · 0 idle · 1 cold', '0 errors · 0 throttles'],
      tone: 'ok',
    });
    expect(views.get('jobs')!.lines).toEqual(['depth 0', '0 moved to DLQ']);
    expect(views.get('feed')!.lines).toEqual(['5 records in', 'iterator age 25 ms']);
    expect(views.has('dlq')).toBe(false);
  });

  it('turns a card red when its errors rise and back once it calms down', () => {
    const run = fakeRun();
    const feed = new BadgeFeed(run);
    feed.update(0, true);
    expect(feed.due(true)).toBe(false);
    run.figs[0]!.counters.errors = 2;
    run.bump(250);
    expect(feed.due(true)).toBe(true);
    expect(feed.update(250, true).get('fn')!.tone).toBe('error');
    run.bump(1500);
    expect(feed.update(1500, true).get('fn')!.tone).toBe('ok');
    // Still warm a little longer, then nothing to look at until the figures move.
    expect(feed.due(true)).toBe(true);
    feed.update(3000, true);
    expect(feed.due(true)).toBe(false);
    expect(feed.due(false)).toBe(true);
  });

  it('reads a stream series at most once a second', () => {
    const run = fakeRun();
    const feed = new BadgeFeed(run);
    feed.update(0, true);
    run.bump(100);
    feed.update(250, true);
    expect(run.seriesCalls).toBe(1);
    run.bump(200);
    feed.update(1100, true);
    expect(run.seriesCalls).toBe(2);
  });

  it('compares views by their text and tone', () => {
    expect(sameBadge({ lines: ['a'], tone: 'ok' }, { lines: ['a'], tone: 'ok' })).toBe(true);
    expect(sameBadge({ lines: ['a'], tone: 'ok' }, { lines: ['a'], tone: 'warn' })).toBe(false);
    expect(sameBadge({ lines: ['a'], tone: 'ok' }, { lines: ['b'], tone: 'ok' })).toBe(false);
    expect(sameBadge(null, { lines: [], tone: 'ok' })).toBe(false);
  });
});
