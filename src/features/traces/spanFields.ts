import type { TraceRecord } from '../../sim';
import { formatMs } from './format';

/** A type-specific field of a span, ready to show: its name in words and its value. */
export interface SpanField {
  key: string;
  name: string;
  value: string;
  /** Set when the value names a span the person can open. */
  spanId?: number;
}

/** Fields every span has, or that the details show in sections of their own. */
const SHOWN_ELSEWHERE = new Set([
  'type',
  'spanId',
  'traceId',
  'parentSpanId',
  'nodeId',
  'kind',
  'start',
  'end',
  'status',
  'attempt',
  'payload',
  'logs',
  'error',
  'sdkCalls',
  'events',
  'subscriptions',
  'failedEntries',
]);

const NODE_FIELDS = new Set(['targetNodeId', 'consumerNodeId', 'deadLetterNodeId', 'redrivenFromNodeId']);

/** "consumerNodeId" → "consumer", "nextDelayMs" → "next delay". */
export function fieldName(key: string): string {
  return key
    .replace(/NodeId$/, '')
    .replace(/Ms$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** The span's own fields (outcome, message id, http status...), in record order, empty ones left out. */
export function spanFields(span: TraceRecord, label: (nodeId: string) => string): SpanField[] {
  const out: SpanField[] = [];
  for (const [key, raw] of Object.entries(span)) {
    if (SHOWN_ELSEWHERE.has(key) || raw === null || raw === undefined || raw === '') continue;
    if (Array.isArray(raw)) {
      if (raw.length > 0)
        out.push({ key, name: fieldName(key), value: raw.map((v) => String(v)).join(', ') });
      continue;
    }
    if (typeof raw === 'object') continue;
    // INIT only happens on a cold start: a warm invocation's 0 ms says nothing.
    if (key === 'initMs' && span.type === 'function.invoke' && !span.coldStart) continue;
    let value: string;
    if (NODE_FIELDS.has(key) && typeof raw === 'string') value = label(raw);
    else if (key.endsWith('Ms') && typeof raw === 'number') value = formatMs(raw);
    else if (typeof raw === 'boolean') value = raw ? 'yes' : 'no';
    else value = String(raw);
    const field: SpanField = { key, name: fieldName(key), value };
    if (key === 'invocationSpanId' && typeof raw === 'number') {
      field.name = 'invocation';
      field.value = `span ${raw}`;
      field.spanId = raw;
    }
    out.push(field);
  }
  return out;
}
