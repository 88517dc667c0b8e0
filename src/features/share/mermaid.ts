import { KIND_INFO, type Category, type Edge, type Flow, type FlowNode } from '../../model';

// One shape per category, so a slide reads like the canvas: who sends, what routes, what runs, what stores.
const SHAPES: Readonly<Record<Category, [string, string]>> = {
  producer: ['([', '])'],
  router: ['{{', '}}'],
  compute: ['(', ')'],
  store: ['[(', ')]'],
};

// The canvas's category colours, softened for a fill.
const CLASSES: Readonly<Record<Category, string>> = {
  producer: 'fill:#efeafb,stroke:#7b5cd6,color:#1d2330',
  router: 'fill:#fbf0e4,stroke:#d97a1e,color:#1d2330',
  compute: 'fill:#fdebe1,stroke:#e8590c,color:#1d2330',
  store: 'fill:#e6f3e9,stroke:#2b8a3e,color:#1d2330',
};

/**
 * The flow as a Mermaid flowchart (left to right): one node per flow node, shaped by category and
 * labelled with its name and service; one arrow per connection, labelled with its type, dashed
 * for failure paths. Ids are made safe for Mermaid and labels escaped, so any name renders as text.
 */
export function flowToMermaid(flow: Flow): string {
  const ids = mermaidIds(flow.nodes);
  const lines = ['---', `title: ${JSON.stringify(flow.name)}`, '---', 'flowchart LR'];
  if (flow.nodes.length === 0) lines.push('  %% This flow has no nodes yet.');
  for (const node of flow.nodes) {
    const info = KIND_INFO[node.kind];
    const [open, close] = SHAPES[info.category];
    lines.push(
      `  ${ids.get(node.id)}${open}"${escapeLabel(node.label)}<br/>${escapeLabel(info.service)}"${close}`,
    );
  }
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  for (const edge of flow.edges) {
    const from = ids.get(edge.source);
    const to = ids.get(edge.target);
    if (from === undefined || to === undefined) continue;
    const { label, dashed } = edgeText(edge, byId.get(edge.source));
    const arrow = dashed ? '-.->' : '-->';
    lines.push(`  ${from} ${arrow}${label ? `|"${escapeLabel(label)}"|` : ''} ${to}`);
  }
  for (const category of Object.keys(SHAPES) as Category[]) {
    const members = flow.nodes.filter((n) => KIND_INFO[n.kind].category === category);
    if (members.length === 0) continue;
    lines.push(`  classDef ${category} ${CLASSES[category]}`);
    lines.push(`  class ${members.map((n) => ids.get(n.id)).join(',')} ${category}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Mermaid ids for node ids: only letters, digits and _, prefixed so that no id is a keyword
 * (`end`, `graph`) or starts an arrow head (`o`, `x` right after `--`), and unique.
 */
export function mermaidIds(nodes: readonly FlowNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const n of nodes) {
    const base = `n_${n.id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    out.set(n.id, id);
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '|': '#124;',
  '`': '#96;',
};

/** Text for inside a quoted Mermaid label: its entity codes for the characters Mermaid would read. */
export function escapeLabel(text: string): string {
  return text
    .replace(/[#"&<>|`]/g, (c) => ENTITIES[c]!)
    .replace(/\r?\n/g, '<br/>')
    .trim();
}

function edgeText(edge: Edge, source: FlowNode | undefined): { label: string; dashed: boolean } {
  const s = edge.settings;
  switch (s.type) {
    case 'invoke':
      return { label: source?.kind === 'bus' ? busRules(source, edge.target) : '', dashed: false };
    case 'sqsMapping':
    case 'streamMapping':
      return { label: `batch ${s.batchSize}${s.enabled ? '' : ', disabled'}`, dashed: false };
    case 'subscription':
      return { label: s.filterPolicy ? 'subscription, filtered' : 'subscription', dashed: false };
    case 'integration':
      return { label: s.routeKey, dashed: false };
    case 'notification':
      return { label: s.events.map((e) => e.replace(/^s3:/, '')).join(', '), dashed: false };
    case 'destination':
      return { label: `on ${s.on}`, dashed: true };
    case 'deadLetter':
      return { label: 'dead-letter', dashed: true };
  }
}

function busRules(bus: Extract<FlowNode, { kind: 'bus' }>, targetId: string): string {
  const names = bus.settings.rules
    .filter((r) => r.targets.some((t) => t.nodeId === targetId))
    .map((r) => r.name);
  return names.length === 0 ? '' : `rule ${names.join(', ')}`;
}
