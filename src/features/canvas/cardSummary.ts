import type { Distribution, FlowNode, LoadProfile } from '../../model';

/** Counts of a node's outgoing edges by type, for cards that summarise their connections. */
export type OutCounts = Readonly<Partial<Record<'subscription' | 'notification', number>>>;

/** The one or two settings that matter most on a card, as short lines a projector can show. */
export function cardSummary(node: FlowNode, out: OutCounts = {}): string[] {
  switch (node.kind) {
    case 'client':
      return [loadText(node.settings.load)];
    case 'schedule': {
      const s = node.settings;
      return s.state === 'DISABLED' ? [s.scheduleExpression, 'disabled'] : [s.scheduleExpression];
    }
    case 'source':
      return [plural(node.settings.events.length, 'event')];
    case 'api':
      return [`${node.settings.protocolType} · ${compact(node.settings.throttlingRateLimit)} rps`];
    case 'bus':
      return [plural(node.settings.rules.length, 'rule')];
    case 'topic':
      return [
        `${node.settings.fifoTopic ? 'FIFO' : 'Standard'} · ${plural(out.subscription ?? 0, 'subscription')}`,
      ];
    case 'queue': {
      const s = node.settings;
      const lines = [`${s.fifoQueue ? 'FIFO' : 'Standard'} · visibility ${s.visibilityTimeout} s`];
      if (s.delaySeconds > 0) lines.push(`delay ${s.delaySeconds} s`);
      return lines;
    }
    case 'stream': {
      const s = node.settings;
      if (s.streamMode === 'ON_DEMAND') return ['on-demand'];
      return [plural(s.shardCount, s.flavor === 'kafka' ? 'partition' : 'shard')];
    }
    case 'function': {
      const s = node.settings;
      const lines = [`${s.memorySize} MB · ${s.timeout} s`];
      if (s.reservedConcurrentExecutions !== null) lines.push(`reserved ${s.reservedConcurrentExecutions}`);
      return lines;
    }
    case 'table': {
      const s = node.settings;
      const key = s.sortKey ? `${s.partitionKey.name} + ${s.sortKey.name}` : s.partitionKey.name;
      return [`key ${key}`, s.streamViewType ? `stream on · ${STREAM_VIEW[s.streamViewType]}` : 'stream off'];
    }
    case 'bucket':
      return [plural(out.notification ?? 0, 'notification')];
    case 'external': {
      const s = node.settings;
      const lines = [distributionText(s.latency)];
      const extra = [
        s.errorRate > 0 ? `${round(s.errorRate * 100)}% errors` : null,
        s.rateLimit !== null ? `${compact(s.rateLimit)} rps max` : null,
      ];
      const more = extra.filter((x) => x !== null).join(' · ');
      if (more) lines.push(more);
      return lines;
    }
  }
}

const STREAM_VIEW = {
  KEYS_ONLY: 'keys only',
  NEW_IMAGE: 'new image',
  OLD_IMAGE: 'old image',
  NEW_AND_OLD_IMAGES: 'new + old',
} as const;

export function loadText(load: LoadProfile): string {
  switch (load.type) {
    case 'constant':
      return `Constant ${compact(load.rate)} req/s`;
    case 'poisson':
      return `Poisson ${compact(load.rate)} req/s`;
    case 'ramp':
      return `Ramp ${compact(load.from)} → ${compact(load.to)} req/s`;
    case 'spike':
      return `Spike ${compact(load.base)} → ${compact(load.peak)} req/s`;
    case 'wave':
      return `Wave ${compact(load.min)}–${compact(load.max)} req/s`;
    case 'steps':
      return `${plural(load.steps.length, 'step')} of load`;
  }
}

export function distributionText(d: Distribution): string {
  switch (d.type) {
    case 'constant':
      return `${ms(d.value)}`;
    case 'uniform':
      return `${ms(d.min)}–${ms(d.max)}`;
    case 'normal':
      return `mean ${ms(d.mean)}`;
    case 'lognormal':
      return `median ${ms(d.median)}`;
    case 'exponential':
      return `mean ${ms(d.mean)}`;
    case 'empirical':
      return plural(d.samples.length, 'sample');
  }
}

/** 10000 -> "10k", 1500000 -> "1.5M": short enough for a card. */
export function compact(n: number): string {
  if (n >= 1_000_000) return `${round(n / 1_000_000)}M`;
  if (n >= 1_000) return `${round(n / 1_000)}k`;
  return `${round(n)}`;
}

const round = (n: number) => String(Math.round(n * 10) / 10);
const ms = (n: number) => (n >= 1000 ? `${round(n / 1000)} s` : `${round(n)} ms`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
