import type { NodeKind } from '../../../model';

/** A node's figures now: counter totals and gauge levels (LiveRun.node()). */
export interface Figures {
  counters: Readonly<Record<string, number>>;
  gauges: Readonly<Record<string, number>>;
}

export interface BadgeContext {
  /** The node sends failures to a dead-letter queue (so the count moved there matters). */
  hasDeadLetter?: boolean;
  /** Latest iterator age of a stream's mappings (ms), if a batch was read yet. */
  iteratorAgeMs?: number | null;
}

/** 950 -> "950", 1234 -> "1.2k", 12345 -> "12k", 2500000 -> "2.5M": short enough for a badge. */
export function short(n: number): string {
  const a = Math.abs(n);
  const fmt = (v: number, unit: string) => `${v < 10 ? Math.round(v * 10) / 10 : Math.round(v)}${unit}`;
  if (a >= 999_500) return fmt(n / 1_000_000, 'M');
  if (a >= 999.5) return fmt(n / 1000, 'k');
  return String(Math.round(n));
}

/** 340 -> "340 ms", 3200 -> "3.2 s", 270000 -> "4.5 min", 5400000 -> "1.5 h". */
export function age(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${ms < 10_000 ? Math.round(ms / 100) / 10 : Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 6000) / 10} min`;
  return `${Math.round(ms / 360_000) / 10} h`;
}

const count = (n: number, one: string, many = `${one}s`) => `${short(n)} ${Math.round(n) === 1 ? one : many}`;

/**
 * The live lines under a card, by kind: what a person watching the run wants at a glance.
 * Lines are always the same in number for a kind, so a card does not jump as figures move.
 */
export function badgeLines(kind: NodeKind, f: Figures, ctx: BadgeContext = {}): string[] {
  const c = (name: string) => f.counters[name] ?? 0;
  const g = (name: string) => f.gauges[name] ?? 0;
  switch (kind) {
    case 'function':
      return [
        `${short(g('concurrency'))} busy · ${short(g('environmentsIdle'))} idle · ${short(c('coldStarts'))} cold`,
        `${count(c('errors'), 'error')} · ${count(c('throttles'), 'throttle')}`,
      ];
    case 'queue': {
      const depth = g('queueDepth');
      const lines = [depth > 0 ? `depth ${short(depth)} · oldest ${age(g('queueAgeMs'))}` : 'depth 0'];
      if (f.gauges.dlqSize !== undefined) lines.push(`${short(g('dlqSize'))} dead letters held`);
      else if (ctx.hasDeadLetter) lines.push(`${short(c('movedToDlq'))} moved to DLQ`);
      return lines;
    }
    case 'api':
      return [
        count(c('requests'), 'request'),
        `4xx ${short(c('responses4xx'))} · 5xx ${short(c('responses5xx'))}`,
      ];
    case 'stream': {
      const it = ctx.iteratorAgeMs;
      return [`${count(c('recordsIn'), 'record')} in`, `iterator age ${it == null ? '–' : age(it)}`];
    }
    case 'table':
      return [count(g('itemCount'), 'item')];
    case 'bucket':
      return [count(g('objectCount'), 'object')];
    case 'client':
      return [`${short(c('requests'))} sent · ${short(c('errors'))} failed`];
    case 'source':
      return [`${short(c('events'))} sent`];
    case 'schedule':
      return [`${short(c('fires'))} sent`];
    case 'topic': {
      const line = `${short(c('messagesIn'))} in · ${short(c('messagesOut'))} out`;
      return ctx.hasDeadLetter ? [line, `${short(c('movedToDlq'))} moved to DLQ`] : [line];
    }
    case 'bus':
      return [`${short(c('messagesIn'))} in · ${short(c('matchedEvents'))} matched`];
    case 'external':
      return [`${count(c('calls'), 'call')} · ${count(c('errors'), 'error')}`];
  }
}

/** The counters whose rise turns a card red (errors) or amber (throttles), by kind. */
const HEAT: Partial<Record<NodeKind, { errors: string[]; throttles: string[] }>> = {
  function: { errors: ['errors'], throttles: ['throttles'] },
  api: { errors: ['responses5xx'], throttles: ['throttles'] },
  client: { errors: ['errors'], throttles: [] },
  topic: { errors: ['deliveryFailed'], throttles: [] },
  bus: { errors: ['failedInvocations', 'failedEntries'], throttles: ['throttledInvocations'] },
  stream: { errors: [], throttles: ['writeThrottles'] },
  external: { errors: ['errors'], throttles: ['rateLimited'] },
};

export function heatCounts(kind: NodeKind, f: Figures): { errors: number; throttles: number } {
  const h = HEAT[kind];
  const sum = (names: string[] | undefined) => (names ?? []).reduce((s, n) => s + (f.counters[n] ?? 0), 0);
  return { errors: sum(h?.errors), throttles: sum(h?.throttles) };
}
