import { describe, expect, it } from 'vitest';
import { Ring } from '../../lib/ring';
import type { TraceRecord } from '../../sim';
import { filterTraces, isFiltered, NO_FILTER, statusCounts, type TraceFilter } from './traceFilter';
import { TraceIndex } from './traceIndex';
import { poisonRun, throttledRun } from './testFlows';

function viewOf(spans: TraceRecord[]) {
  const ring = new Ring<TraceRecord>(20_000);
  for (const s of spans) ring.push(s);
  const index = new TraceIndex();
  index.update(ring);
  return index.view();
}

const poison = viewOf(poisonRun());
const throttled = viewOf(throttledRun());
const ids = (v: typeof poison, f: Partial<TraceFilter>) =>
  filterTraces(v.traces, { ...NO_FILTER, ...f }, v.hasText).map((t) => t.traceId);

describe('filterTraces', () => {
  it('passes everything through without filters (the same array)', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(filterTraces(poison.traces, NO_FILTER, poison.hasText)).toBe(poison.traces);
  });

  it('filters by status: ok only, any problem, or a span with that status', () => {
    expect(ids(poison, { status: 'ok' })).toEqual([2]);
    expect(ids(poison, { status: 'problem' })).toEqual([1]);
    expect(ids(poison, { status: 'error' })).toEqual([1]);
    expect(ids(poison, { status: 'timeout' })).toEqual([]);
    expect(ids(throttled, { status: 'throttled' })).toHaveLength(50);
  });

  it('filters by node, latency, retries and dead-letter queue', () => {
    expect(ids(poison, { nodeId: 'reader' })).toEqual([1]);
    expect(ids(poison, { nodeId: 'worker' })).toEqual([1, 2]);
    expect(ids(poison, { minMs: 1000 })).toEqual([1]);
    expect(ids(poison, { minMs: 100 })).toEqual([1, 2]);
    expect(ids(poison, { retries: true })).toEqual([1]);
    expect(ids(poison, { deadLetter: true })).toEqual([1]);
    expect(ids(throttled, { deadLetter: true })).toEqual([]);
  });

  it('searches payloads and error messages, case-insensitively, and trace ids as #n', () => {
    expect(ids(poison, { text: 'SKU-1' })).toEqual([2]);
    expect(ids(poison, { text: 'Cannot Import' })).toEqual([1]);
    expect(ids(poison, { text: '  sku-  ' })).toEqual([1, 2]);
    expect(ids(poison, { text: '#2' })).toEqual([2]);
    expect(ids(throttled, { text: 'rate exceeded' })).toHaveLength(50);
  });

  it('combines filters (all must pass)', () => {
    expect(ids(poison, { status: 'ok', deadLetter: true })).toEqual([]);
    expect(ids(poison, { nodeId: 'worker', text: 'fine' })).toEqual([2]);
  });
});

describe('statusCounts', () => {
  it('counts the traces each status option would show', () => {
    const c = statusCounts(throttled.traces);
    expect(c.all).toBe(59);
    expect(c.ok).toBe(9);
    expect(c.problem).toBe(50);
    expect(c.throttled).toBe(50);
    expect(c.error).toBe(0);
  });
});
