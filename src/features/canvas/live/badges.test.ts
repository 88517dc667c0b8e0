import { describe, expect, it } from 'vitest';
import { age, badgeLines, heatCounts, short } from './badges';
import { HOT_MS, isWarm, toneOf, warm } from './heat';

const figures = (counters: Record<string, number> = {}, gauges: Record<string, number> = {}) => ({
  counters,
  gauges,
});

describe('number and age formats', () => {
  it('keeps numbers short', () => {
    expect([
      short(0),
      short(950),
      short(999.6),
      short(1234),
      short(12_345),
      short(999_999),
      short(2_500_000),
    ]).toEqual(['0', '950', '1k', '1.2k', '12k', '1M', '2.5M']);
  });

  it('says ages in the unit that reads best', () => {
    expect([age(340), age(3200), age(42_000), age(270_000), age(5_400_000)]).toEqual([
      '340 ms',
      '3.2 s',
      '42 s',
      '4.5 min',
      '1.5 h',
    ]);
  });
});

describe('badgeLines', () => {
  it('shows a function busy and idle environments, cold starts, errors and throttles', () => {
    const f = figures(
      { coldStarts: 4, errors: 1, throttles: 1500 },
      { concurrency: 3, environmentsIdle: 2, environments: 5 },
    );
    expect(badgeLines('function', f)).toEqual(['3 busy · 2 idle · 4 cold', '1 error · 1.5k throttles']);
  });

  it('shows a queue depth with its oldest message, and the DLQ side when there is one', () => {
    const q = figures({ movedToDlq: 7 }, { queueDepth: 120, queueAgeMs: 3200 });
    expect(badgeLines('queue', q)).toEqual(['depth 120 · oldest 3.2 s']);
    expect(badgeLines('queue', q, { hasDeadLetter: true })).toEqual([
      'depth 120 · oldest 3.2 s',
      '7 moved to DLQ',
    ]);
    const dlq = figures({}, { queueDepth: 0, queueAgeMs: 0, dlqSize: 14 });
    expect(badgeLines('queue', dlq)).toEqual(['depth 0', '14 dead letters held']);
  });

  it('shows requests and client and server errors on an API', () => {
    const f = figures({ requests: 2400, responses4xx: 12, responses5xx: 3 });
    expect(badgeLines('api', f)).toEqual(['2.4k requests', '4xx 12 · 5xx 3']);
  });

  it('shows a stream iterator age once a batch was read', () => {
    expect(badgeLines('stream', figures({ recordsIn: 1 }))).toEqual(['1 record in', 'iterator age –']);
    expect(badgeLines('stream', figures({ recordsIn: 10 }), { iteratorAgeMs: 850 })[1]).toBe(
      'iterator age 850 ms',
    );
  });

  it('counts items, objects and what producers sent', () => {
    expect(badgeLines('table', figures({}, { itemCount: 1 }))).toEqual(['1 item']);
    expect(badgeLines('bucket', figures({}, { objectCount: 12 }))).toEqual(['12 objects']);
    expect(badgeLines('client', figures({ requests: 1200, errors: 2 }))).toEqual(['1.2k sent · 2 failed']);
    expect(badgeLines('source', figures({ events: 3 }))).toEqual(['3 sent']);
    expect(badgeLines('schedule', figures({}))).toEqual(['0 sent']);
  });

  it('sums the counters that heat a card, by kind', () => {
    const bus = figures({ failedInvocations: 2, failedEntries: 1, throttledInvocations: 4 });
    expect(heatCounts('bus', bus)).toEqual({ errors: 3, throttles: 4 });
    expect(heatCounts('api', figures({ responses5xx: 5, responses4xx: 9, throttles: 1 }))).toEqual({
      errors: 5,
      throttles: 1,
    });
    expect(heatCounts('table', figures({ errors: 9 }))).toEqual({ errors: 0, throttles: 0 });
  });
});

describe('card heat', () => {
  const at = (real: number, virtual = real) => ({ real, virtual });

  it('turns red when errors rise, amber when throttles rise, and calms after a second', () => {
    let h = warm(undefined, { errors: 0, throttles: 0 }, at(0));
    expect(toneOf(h, at(0), true)).toBe('ok');
    h = warm(h, { errors: 0, throttles: 2 }, at(100));
    expect(toneOf(h, at(100), true)).toBe('warn');
    h = warm(h, { errors: 1, throttles: 2 }, at(200));
    expect(toneOf(h, at(200), true)).toBe('error');
    // No new errors: still red within the second, amber after it while throttles are recent... then ok.
    h = warm(h, { errors: 1, throttles: 2 }, at(1150));
    expect(toneOf(h, at(1150), true)).toBe('error');
    expect(toneOf(h, at(1250), true)).toBe('ok');
    expect(isWarm(h, at(1250))).toBe(true);
    expect(isWarm(h, at(200 + 2 * HOT_MS))).toBe(false);
  });

  it('stays lit while a slow or paused run is still within the moment, but not once it is over', () => {
    const h = warm(undefined, { errors: 1, throttles: 0 }, at(0, 0));
    // Ten real seconds later, the paused clock has not moved.
    expect(toneOf(h, at(10_000, 0), true)).toBe('error');
    expect(toneOf(h, at(10_000, 0), false)).toBe('ok');
  });
});
