import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '../../format';
import { Flow, emptyFlow, type FlowInput } from '../../model';
import { escapeLabel, flowToMermaid, mermaidIds } from './mermaid';

type NodeInput = FlowInput['nodes'][number];
const node = (id: string, kind: string, label = id): NodeInput =>
  ({ id, kind, label, position: { x: 0, y: 0 } }) as NodeInput;

const makeFlow = (input: Partial<FlowInput>): Flow =>
  Flow.parse({ format: 'eventflow', formatVersion: 1, name: 'Mermaid test', nodes: [], ...input });

describe('flowToMermaid', () => {
  it('draws one shape per category, labelled with name and service, and typed arrows', () => {
    const flow = makeFlow({
      name: 'Orders',
      nodes: [
        node('checkout', 'client', 'Checkout'),
        node('api', 'api', 'Orders API'),
        node('work', 'queue', 'Work'),
        node('dlq', 'queue', 'DLQ'),
        node('worker', 'function', 'Worker'),
        node('table', 'table', 'Orders table'),
      ],
      edges: [
        { id: 'e1', source: 'checkout', target: 'api' },
        {
          id: 'e2',
          source: 'api',
          target: 'work',
          settings: { type: 'integration', routeKey: 'POST /orders' },
        },
        { id: 'e3', source: 'work', target: 'worker', settings: { type: 'sqsMapping', batchSize: 5 } },
        { id: 'e4', source: 'work', target: 'dlq', settings: { type: 'deadLetter' } },
        { id: 'e5', source: 'worker', target: 'table' },
      ],
    });
    expect(flowToMermaid(flow)).toBe(
      [
        '---',
        'title: "Orders"',
        '---',
        'flowchart LR',
        '  n_checkout(["Checkout<br/>HTTP callers"])',
        '  n_api{{"Orders API<br/>API Gateway"}}',
        '  n_work{{"Work<br/>SQS"}}',
        '  n_dlq{{"DLQ<br/>SQS"}}',
        '  n_worker("Worker<br/>Lambda")',
        '  n_table[("Orders table<br/>DynamoDB")]',
        '  n_checkout --> n_api',
        '  n_api -->|"POST /orders"| n_work',
        '  n_work -->|"batch 5"| n_worker',
        '  n_work -.->|"dead-letter"| n_dlq',
        '  n_worker --> n_table',
        '  classDef producer fill:#efeafb,stroke:#7b5cd6,color:#1d2330',
        '  class n_checkout producer',
        '  classDef router fill:#fbf0e4,stroke:#d97a1e,color:#1d2330',
        '  class n_api,n_work,n_dlq router',
        '  classDef compute fill:#fdebe1,stroke:#e8590c,color:#1d2330',
        '  class n_worker compute',
        '  classDef store fill:#e6f3e9,stroke:#2b8a3e,color:#1d2330',
        '  class n_table store',
        '',
      ].join('\n'),
    );
  });

  it('escapes labels so quotes, brackets and arrows in names stay text', () => {
    const flow = makeFlow({
      name: 'A "quoted" flow',
      nodes: [node('end', 'function', 'Say "hi" <b>now</b> | #1 --> done'), node('o1', 'queue', 'x')],
      edges: [{ id: 'e1', source: 'o1', target: 'end', settings: { type: 'sqsMapping' } }],
    });
    const text = flowToMermaid(flow);
    expect(text).toContain('title: "A \\"quoted\\" flow"');
    expect(text).toContain(
      'n_end("Say #quot;hi#quot; #lt;b#gt;now#lt;/b#gt; #124; #35;1 --#gt; done<br/>Lambda")',
    );
    expect(text).toContain('n_o1 -->|"batch 10"| n_end');
    // Every label is one quoted string: no raw quote inside it.
    for (const line of text.split('\n').filter((l) => /^ {2}n_\w+[([{]/.test(l))) {
      expect(line.match(/"/g)).toHaveLength(2);
    }
  });

  it('says an empty flow has no nodes, and skips connections to missing nodes', () => {
    expect(flowToMermaid(emptyFlow('Nothing'))).toContain('%% This flow has no nodes yet.');
    const flow = makeFlow({ nodes: [node('a', 'function')] });
    const broken = {
      ...flow,
      edges: [{ id: 'e', source: 'a', target: 'gone', settings: { type: 'invoke' as const } }],
    };
    expect(flowToMermaid(broken)).not.toContain('-->');
  });

  it('gives every bundled example a line per node and per connection', () => {
    const bytes = readFileSync(
      new URL('../../../public/examples/order-routing.eventflow.json', import.meta.url),
    );
    const loaded = parseFlowFile(bytes, { semanticErrors: 'keep' });
    if (!loaded.ok) throw new Error('example did not load');
    const text = flowToMermaid(loaded.value);
    const lines = text.split('\n');
    expect(lines.filter((l) => /^ {2}n_\w+[([{]/.test(l))).toHaveLength(loaded.value.nodes.length);
    expect(lines.filter((l) => /-\.?->/.test(l))).toHaveLength(loaded.value.edges.length);
    expect(text).toMatch(/-->\|"rule [^"]+"\|/);
  });
});

describe('mermaidIds', () => {
  it('keeps ids safe and unique', () => {
    const { nodes } = makeFlow({
      nodes: [node('a-b', 'function'), node('a_b', 'function'), node('end', 'queue')],
    });
    const ids = mermaidIds(nodes);
    expect([...ids.values()]).toEqual(['n_a_b', 'n_a_b_2', 'n_end']);
  });
});

describe('escapeLabel', () => {
  it('turns new lines into breaks and trims', () => {
    expect(escapeLabel(' two\nlines ')).toBe('two<br/>lines');
    expect(escapeLabel('a & b')).toBe('a #amp; b');
  });
});
