import { describe, expect, it } from 'vitest';
import { Ring } from '../../lib/ring';
import type { TraceRecord } from '../../sim';
import { TraceIndex } from './traceIndex';
import { summarizeTrace } from './traceSummary';
import { poisonRun, throttledRun } from './testFlows';

const poison = poisonRun();

function indexOf(spans: TraceRecord[], capacity = 20_000, step = spans.length) {
  const ring = new Ring<TraceRecord>(capacity);
  const index = new TraceIndex();
  for (let i = 0; i < spans.length; i += step) {
    for (const s of spans.slice(i, i + step)) ring.push(s);
    index.update(ring);
  }
  return index.view();
}

describe('summarizeTrace', () => {
  it('sums up a poison message: three failed receives, then the DLQ', () => {
    const t = summarizeTrace(poison.filter((s) => s.traceId === 1));
    expect(t).toMatchObject({
      traceId: 1,
      start: 1000,
      rootNodeId: 'src',
      path: ['src', 'q', 'worker', 'dlq', 'reader'],
      status: 'error',
      spanCount: 12,
      retries: 2,
      deadLetter: true,
      partial: false,
    });
    expect(t.end).toBeGreaterThan(31_000);
    expect(t.durationMs).toBeCloseTo(t.end - 1000);
    expect([...t.statuses].sort()).toEqual(['error', 'ok']);
  });

  it('a message that went through once has no retries and no DLQ', () => {
    const t = summarizeTrace(poison.filter((s) => s.traceId === 2));
    expect(t).toMatchObject({ status: 'ok', retries: 0, deadLetter: false, path: ['src', 'q', 'worker'] });
  });

  it('a trace whose root span is missing is partial, rooted at its earliest span', () => {
    const t = summarizeTrace(poison.filter((s) => s.traceId === 2 && s.type !== 'source.emit'));
    expect(t.partial).toBe(true);
    expect(t.rootNodeId).toBe('q');
  });

  it('refuses an empty trace', () => {
    expect(() => summarizeTrace([])).toThrow(/at least one span/);
  });
});

describe('TraceIndex', () => {
  it('groups the ring by trace, oldest first', () => {
    const v = indexOf(poison);
    expect(v.traces.map((t) => t.traceId)).toEqual([1, 2]);
    expect(v.spansOf(1)).toHaveLength(12);
    expect(v.spansHeld).toBe(poison.length);
    expect(v.spansDropped).toBe(0);
    expect(v.traceOfSpan(7)).toBe(2);
  });

  it('reading a span at a time gives the same traces as reading them all at once', () => {
    const spans = throttledRun();
    const all = indexOf(spans);
    const stepwise = indexOf(spans, 20_000, 1);
    expect(stepwise.traces).toEqual(all.traces);
    expect(all.traces.length).toBe(59);
    expect(all.traces.filter((t) => t.status === 'throttled')).toHaveLength(50);
  });

  it('forgets spans the ring pushed out, and traces left without spans', () => {
    const spans = throttledRun();
    const v = indexOf(spans, 10, 7);
    expect(v.spansHeld).toBe(10);
    expect(v.spansDropped).toBe(spans.length - 10);
    const kept = spans.slice(-10);
    expect(new Set(v.traces.map((t) => t.traceId))).toEqual(new Set(kept.map((s) => s.traceId)));
    expect(v.traces.reduce((n, t) => n + t.spanCount, 0)).toBe(10);
    expect(v.traceOfSpan(spans[0]!.spanId)).toBeNull();
  });

  it('orders traces by start even when a late span starts a trace earlier', () => {
    const t1 = poison.filter((s) => s.traceId === 1);
    const t2 = poison.filter((s) => s.traceId === 2);
    // Trace 1's later spans come first; its source span (1 s) only after trace 2 (2 s).
    const order = [
      ...t1.filter((s) => s.type !== 'source.emit'),
      ...t2,
      ...t1.filter((s) => s.type === 'source.emit'),
    ];
    const v = indexOf(order, 20_000, 3);
    expect(v.traces.map((t) => [t.traceId, t.start])).toEqual([
      [1, 1000],
      [2, 2000],
    ]);
  });

  it('text search covers payloads, error types and messages, lower-cased', () => {
    const v = indexOf(poison);
    expect(v.hasText(1, '"order":"poison"')).toBe(true);
    expect(v.hasText(1, 'cannot import poison')).toBe(true);
    expect(v.hasText(1, 'movedtodeadletterqueue')).toBe(true);
    expect(v.hasText(1, 'Cannot')).toBe(false);
    expect(v.hasText(2, 'poison')).toBe(false);
    expect(v.hasText(99, 'poison')).toBe(false);
  });

  it('answers a search again after the trace gained spans', () => {
    const ring = new Ring<TraceRecord>(100);
    const index = new TraceIndex();
    const trace1 = poison.filter((s) => s.traceId === 1);
    ring.push(trace1[0]!);
    index.update(ring);
    expect(index.view().hasText(1, 'cannot import')).toBe(false);
    for (const s of trace1.slice(1)) ring.push(s);
    index.update(ring);
    expect(index.view().hasText(1, 'cannot import')).toBe(true);
  });

  it('refuses a ring that was cleared under it', () => {
    const ring = new Ring<TraceRecord>(100);
    const index = new TraceIndex();
    for (const s of poison) ring.push(s);
    index.update(ring);
    ring.clear();
    expect(() => index.update(ring)).toThrow(/new TraceIndex per run/);
  });
});
