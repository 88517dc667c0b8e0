import type { NodeKind } from '../../model';
import type { Unit } from './format';

/** Where a line's values come from in a NodeSeries. */
export type LineSource =
  | { type: 'rate'; counter: string }
  | { type: 'cumulative'; counter: string }
  | { type: 'gauge'; gauge: string; stat: 'mean' | 'max' }
  | { type: 'histogram'; histogram: string; stat: 'p50' | 'p95' | 'p99' | 'max' };

/** Named colours, resolved against the theme when a chart is drawn. */
export type Tone = 'main' | 'ok' | 'warn' | 'bad' | 'alt' | 'muted';

export interface LineSpec {
  label: string;
  source: LineSource;
  tone: Tone;
  dashed?: boolean;
  /** Left out while it stays at zero (delayed messages, timeouts...). */
  optional?: boolean;
}

/** The same line, drawn only when it is not zero throughout. */
const seldom = (line: LineSpec): LineSpec => ({ ...line, optional: true });

export interface ChartSpec {
  /** Stable name: the test id is `metrics.chart.<id>`. */
  id: string;
  title: string;
  unit: Unit;
  lines: LineSpec[];
  /** Shown only when some value is not zero (retries, DLQ moves...). */
  optional?: boolean;
}

const rate = (counter: string, label: string, tone: Tone = 'main', dashed = false): LineSpec => ({
  label,
  source: { type: 'rate', counter },
  tone,
  dashed,
});
const gauge = (g: string, stat: 'mean' | 'max', label: string, tone: Tone, dashed = false): LineSpec => ({
  label,
  source: { type: 'gauge', gauge: g, stat },
  tone,
  dashed,
});
/** Per-bucket p50, p95, p99 and max. */
const percentiles = (id: string, histogram: string, title: string): ChartSpec => ({
  id,
  title,
  unit: 'ms',
  lines: [
    { label: 'p50', source: { type: 'histogram', histogram, stat: 'p50' }, tone: 'main' },
    { label: 'p95', source: { type: 'histogram', histogram, stat: 'p95' }, tone: 'alt' },
    { label: 'p99', source: { type: 'histogram', histogram, stat: 'p99' }, tone: 'warn' },
    { label: 'max', source: { type: 'histogram', histogram, stat: 'max' }, tone: 'muted', dashed: true },
  ],
});
const chart = (id: string, title: string, unit: Unit, lines: LineSpec[], optional = false): ChartSpec => ({
  id,
  title,
  unit,
  lines,
  ...(optional ? { optional } : {}),
});

const e2e = percentiles('e2eLatency', 'e2eLatency', 'End-to-end latency per event');
const latency = percentiles('latency', 'latency', 'Latency');
const iteratorAge = percentiles(
  'iteratorAge',
  'iteratorAgeMs',
  'Iterator age (how far behind the reader is)',
);
const dlqMoves = chart(
  'movedToDlq',
  'Moved to a DLQ per second',
  'perSecond',
  [rate('movedToDlq', 'moved', 'bad')],
  true,
);
const retries = chart(
  'retries',
  'Retries per second',
  'perSecond',
  [rate('retries', 'retries', 'warn')],
  true,
);

/** The charts of each kind, most telling first. A chart whose metrics a node lacks is left out. */
export const CHARTS: Readonly<Record<NodeKind, readonly ChartSpec[]>> = {
  client: [
    chart('requests', 'Requests per second', 'perSecond', [
      rate('requests', 'sent'),
      rate('responses2xx', '2xx', 'ok'),
    ]),
    chart('errors', 'Failed requests per second', 'perSecond', [
      rate('responses4xx', '4xx', 'warn'),
      rate('responses5xx', '5xx', 'bad'),
      seldom(rate('timeouts', 'timeouts', 'alt')),
    ]),
    e2e,
    retries,
  ],
  schedule: [chart('requests', 'Fires per second', 'perSecond', [rate('fires', 'fires')]), e2e],
  source: [chart('requests', 'Events per second', 'perSecond', [rate('events', 'events')]), e2e],
  api: [
    chart('requests', 'Requests per second', 'perSecond', [rate('requests', 'requests')]),
    chart('errors', 'Error responses per second', 'perSecond', [
      rate('responses4xx', '4xx', 'warn'),
      rate('responses5xx', '5xx', 'bad'),
    ]),
    chart('throttles', 'Throttled (429) per second', 'perSecond', [rate('throttles', '429s', 'bad')]),
    latency,
  ],
  bus: [
    chart('messages', 'Events per second', 'perSecond', [
      rate('messagesIn', 'in'),
      rate('matchedEvents', 'matched', 'alt'),
      rate('messagesOut', 'deliveries', 'ok'),
    ]),
    chart('errors', 'Failures per second', 'perSecond', [
      rate('failedEntries', 'failed entries', 'warn'),
      rate('failedInvocations', 'failed deliveries', 'bad'),
    ]),
    chart('throttles', 'Deliveries held back by throttling per second', 'perSecond', [
      rate('throttledInvocations', 'throttled', 'bad'),
    ]),
    retries,
    dlqMoves,
  ],
  topic: [
    chart('messages', 'Messages per second', 'perSecond', [
      rate('messagesIn', 'published'),
      rate('messagesOut', 'delivered', 'ok'),
      seldom(rate('filteredOut', 'filtered out', 'muted', true)),
    ]),
    chart('errors', 'Failed deliveries per second', 'perSecond', [rate('deliveryFailed', 'failed', 'bad')]),
    retries,
    dlqMoves,
  ],
  queue: [
    chart('queueDepth', 'Queue depth (messages)', 'count', [
      gauge('queueDepth', 'max', 'visible', 'main'),
      seldom(gauge('inFlight', 'max', 'in flight', 'alt')),
      seldom(gauge('delayed', 'max', 'delayed', 'muted', true)),
    ]),
    chart('queueAge', 'Age of the oldest message', 'ms', [gauge('queueAgeMs', 'max', 'oldest', 'warn')]),
    chart('messages', 'Messages per second', 'perSecond', [
      rate('messagesIn', 'sent'),
      rate('messagesOut', 'left', 'ok'),
    ]),
    chart('dlqSize', 'Messages waiting in this DLQ', 'count', [gauge('dlqSize', 'max', 'DLQ size', 'bad')]),
    dlqMoves,
    chart(
      'pollers',
      'Lambda pollers on this queue',
      'count',
      [gauge('pollerConcurrency', 'max', 'pollers', 'muted')],
      true,
    ),
  ],
  stream: [
    chart('records', 'Records per second', 'perSecond', [
      rate('recordsIn', 'written'),
      rate('recordsProcessed', 'processed', 'ok'),
    ]),
    iteratorAge,
    chart('throttles', 'Write throttles per second', 'perSecond', [
      rate('writeThrottles', 'throttled', 'bad'),
    ]),
    chart(
      'lost',
      'Records given up per second',
      'perSecond',
      [rate('recordsDiscarded', 'discarded', 'bad'), rate('recordsExpired', 'expired', 'warn')],
      true,
    ),
  ],
  function: [
    chart('invocations', 'Invocations per second', 'perSecond', [rate('invocations', 'invocations')]),
    chart('concurrency', 'Concurrency (requests in flight)', 'count', [
      gauge('concurrency', 'max', 'max', 'main'),
      gauge('concurrency', 'mean', 'mean', 'alt', true),
    ]),
    chart('environments', 'Execution environments', 'count', [
      gauge('environmentsBusy', 'mean', 'busy', 'main'),
      gauge('environmentsIdle', 'mean', 'idle', 'muted'),
      gauge('environments', 'max', 'total (max)', 'alt', true),
    ]),
    chart('errors', 'Errors per second', 'perSecond', [rate('errors', 'errors', 'bad')]),
    chart('throttles', 'Throttles per second', 'perSecond', [
      rate('throttles', 'throttled', 'bad'),
      seldom(rate('rejections', 'not retried', 'warn', true)),
    ]),
    chart('coldStarts', 'Cold starts per second', 'perSecond', [rate('coldStarts', 'cold starts', 'warn')]),
    percentiles('duration', 'duration', 'Duration (handler time, INIT excluded)'),
    chart('cost', 'Cost so far (Lambda)', 'usd', [
      { label: 'cost', source: { type: 'cumulative', counter: 'costUsd' }, tone: 'ok' },
    ]),
    chart(
      'asyncQueue',
      'Async events waiting',
      'count',
      [gauge('asyncQueueDepth', 'max', 'waiting', 'warn')],
      true,
    ),
  ],
  table: [
    chart('operations', 'Operations per second', 'perSecond', [
      rate('reads', 'reads'),
      rate('writes', 'writes', 'alt'),
      seldom(rate('conditionalCheckFailed', 'condition failed', 'bad', true)),
    ]),
    chart('itemCount', 'Items in the table', 'count', [gauge('itemCount', 'max', 'items', 'main')]),
    latency,
    iteratorAge,
  ],
  bucket: [
    chart('operations', 'Operations per second', 'perSecond', [
      rate('puts', 'puts'),
      rate('gets', 'gets', 'alt'),
      seldom(rate('deletes', 'deletes', 'warn')),
    ]),
    chart('objectCount', 'Objects in the bucket', 'count', [gauge('objectCount', 'max', 'objects', 'main')]),
    latency,
    chart(
      'notifications',
      'Notifications per second',
      'perSecond',
      [rate('notifications', 'sent', 'ok')],
      true,
    ),
  ],
  external: [
    chart('requests', 'Calls per second', 'perSecond', [rate('calls', 'calls')]),
    chart('errors', 'Failed calls per second', 'perSecond', [
      rate('errors', '500s', 'bad'),
      rate('rateLimited', '429s', 'warn'),
    ]),
    latency,
  ],
};

/** The one chart the overview shows for a node of this kind, and a few words for its heading. */
export const MAIN_CHART: Readonly<Record<NodeKind, { id: string; short: string }>> = {
  client: { id: 'requests', short: 'requests/s' },
  schedule: { id: 'requests', short: 'fires/s' },
  source: { id: 'requests', short: 'events/s' },
  api: { id: 'requests', short: 'requests/s' },
  bus: { id: 'messages', short: 'events/s' },
  topic: { id: 'messages', short: 'messages/s' },
  queue: { id: 'queueDepth', short: 'queue depth' },
  stream: { id: 'records', short: 'records/s' },
  function: { id: 'concurrency', short: 'concurrency' },
  table: { id: 'operations', short: 'operations/s' },
  bucket: { id: 'operations', short: 'operations/s' },
  external: { id: 'requests', short: 'calls/s' },
};
