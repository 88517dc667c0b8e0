import { describe, expect, it } from 'vitest';
import type { TraceRecord } from '../../../sim';
import { firstNewTrace, latestNodeOf, maxTraceId } from './follow';

const span = (traceId: number, nodeId: string, end: number) => ({ traceId, nodeId, end }) as TraceRecord;

describe('following one event', () => {
  const spans = [
    span(3, 'web', 10),
    span(4, 'web', 12),
    span(3, 'api', 15),
    span(3, 'fn', 14),
    span(5, 'web', 16),
  ];
  it('takes the first trace newer than the ones there when Follow was pressed', () => {
    expect(maxTraceId(spans.slice(0, 2))).toBe(4);
    expect(firstNewTrace(spans, 4)).toBe(5);
    expect(firstNewTrace(spans, 5)).toBeNull();
    expect(maxTraceId([])).toBe(0);
  });
  it('puts the camera on the node where the event is latest', () => {
    expect(latestNodeOf(spans, 3)).toBe('api');
    expect(latestNodeOf(spans, 9)).toBeNull();
  });
});
