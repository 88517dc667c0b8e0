import type { Edge, FlowNode } from '../../model';

export interface EdgeLook {
  /** A short label, or null for a plain invoke that needs none. */
  label: string | null;
  /** Dead-letter and destination edges are drawn dashed: they only carry failures or results. */
  dashed: boolean;
}

/** How an edge shows its type and most telling setting on the canvas. */
export function edgeLook(edge: Edge, source: FlowNode | undefined): EdgeLook {
  const s = edge.settings;
  switch (s.type) {
    case 'invoke':
      return { label: source?.kind === 'bus' ? ruleLabel(source, edge.target) : null, dashed: false };
    case 'sqsMapping':
    case 'streamMapping': {
      const parts = ['ESM', `batch ${s.batchSize}`];
      if (!s.enabled) parts.push('disabled');
      return { label: parts.join(' · '), dashed: false };
    }
    case 'subscription': {
      const parts = ['subscription'];
      if (s.filterPolicy) parts.push('filtered');
      if (s.rawMessageDelivery) parts.push('raw');
      return { label: parts.join(' · '), dashed: false };
    }
    case 'integration':
      return { label: s.routeKey, dashed: false };
    case 'notification': {
      const events = s.events.map((e) => e.replace(/^s3:/, '')).join(', ');
      return { label: s.prefix || s.suffix ? `${events} · ${s.prefix}*${s.suffix}` : events, dashed: false };
    }
    case 'destination':
      return { label: `on ${s.on}`, dashed: true };
    case 'deadLetter':
      return {
        label:
          source?.kind === 'queue'
            ? `DLQ · ${s.maxReceiveCount} receive${s.maxReceiveCount === 1 ? '' : 's'}`
            : 'DLQ',
        dashed: true,
      };
  }
}

/** A bus edge says which rules send along it; an edge no rule uses says so. */
function ruleLabel(bus: Extract<FlowNode, { kind: 'bus' }>, targetId: string): string {
  const names = bus.settings.rules
    .filter((r) => r.targets.some((t) => t.nodeId === targetId))
    .map((r) => r.name);
  if (names.length === 0) return 'no rule';
  const shown = names.slice(0, 2).join(', ');
  return names.length > 2
    ? `rule ${shown} +${names.length - 2}`
    : `rule${names.length > 1 ? 's' : ''} ${shown}`;
}
