// The rule and filter evaluation routers record, as the span details word it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFlowFile } from '../../format';
import { buildFlow, runToCompletion, type TraceRecord } from '../../sim';
import { validateEventPattern, validateFilterPolicy } from '../../sim/patterns';
import { failureText, verdictsOf, verdictText } from './verdicts';

const events = (payloads: unknown[]) =>
  payloads.map((p, i) => ({ label: `e${i}`, atSeconds: 1 + i, payload: JSON.stringify(p) }));
const order = (detailType: string, detail: Record<string, unknown>) => ({
  source: 'shop',
  'detail-type': detailType,
  detail,
});
const labels: Record<string, string> = {
  confirm: 'Send confirmation',
  fraud: 'Fraud check',
  express: 'Express queue',
  all: 'All orders',
};
const label = (id: string) => labels[id] ?? id;

function busPuts(): TraceRecord[] {
  const flow = buildFlow({
    nodes: [
      {
        id: 'src',
        kind: 'source',
        settings: {
          events: events([
            order('OrderPlaced', { total: 42 }),
            order('OrderPlaced', { total: 750 }),
            order('OrderCancelled', { reason: 'changed my mind' }),
          ]),
        },
      },
      {
        id: 'bus',
        kind: 'bus',
        settings: {
          rules: [
            {
              name: 'OrderPlaced',
              eventPattern: { 'detail-type': ['OrderPlaced'] },
              targets: [{ nodeId: 'confirm' }],
            },
            {
              name: 'HighValue',
              eventPattern: { source: ['shop'], detail: { total: [{ numeric: ['>', 100] }] } },
              targets: [{ nodeId: 'fraud' }],
            },
          ],
        },
      },
      { id: 'confirm', kind: 'function', settings: {} },
      { id: 'fraud', kind: 'function', settings: {} },
    ],
    edges: [
      { source: 'src', target: 'bus', settings: { type: 'invoke' } },
      { source: 'bus', target: 'confirm', settings: { type: 'invoke' } },
      { source: 'bus', target: 'fraud', settings: { type: 'invoke' } },
    ],
    run: { durationSeconds: 10 },
  });
  return runToCompletion(flow).spans.filter((s) => s.type === 'bus.put');
}

describe('bus rules', () => {
  const puts = busPuts();
  const linesOf = (put: TraceRecord) => verdictsOf(put, label).flatMap((g) => g.lines.map(verdictText));

  it('a small order matches one rule, and says which field failed the other', () => {
    expect(linesOf(puts[0]!)).toEqual([
      '✓ rule OrderPlaced → Send confirmation',
      '✗ rule HighValue: detail.total is 42, needs numeric > 100',
    ]);
  });

  it('a large order matches both rules', () => {
    expect(linesOf(puts[1]!)).toEqual([
      '✓ rule OrderPlaced → Send confirmation',
      '✓ rule HighValue → Fraud check',
    ]);
  });

  it('a cancellation matches no rule: each names its failed fields', () => {
    const groups = verdictsOf(puts[2]!, label);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.title).toBeNull();
    expect(groups[0]!.lines.map((l) => [l.key, l.matched, l.reasons])).toEqual([
      ['OrderPlaced', false, ['detail-type is "OrderCancelled", needs "OrderPlaced"']],
      ['HighValue', false, ['detail.total is missing, needs numeric > 100']],
    ]);
  });
});

describe('topic subscriptions', () => {
  const flow = buildFlow({
    nodes: [
      {
        id: 'src',
        kind: 'source',
        settings: { events: events([{ shipping: 'standard' }, { shipping: 'express' }]) },
      },
      { id: 'topic', kind: 'topic', settings: {} },
      { id: 'all', kind: 'queue', settings: {} },
      { id: 'express', kind: 'queue', settings: {} },
    ],
    edges: [
      { source: 'src', target: 'topic', settings: { type: 'invoke' } },
      { source: 'topic', target: 'all', settings: { type: 'subscription' } },
      {
        source: 'topic',
        target: 'express',
        settings: {
          type: 'subscription',
          filterPolicy: { shipping: ['express'] },
          filterPolicyScope: 'MessageBody',
        },
      },
    ],
    run: { durationSeconds: 5 },
  });
  const publishes = runToCompletion(flow).spans.filter((s) => s.type === 'topic.publish');

  it('names each subscription, and the filter policy field that failed', () => {
    expect(publishes.map((p) => verdictsOf(p, label)[0]!.lines.map(verdictText))).toEqual([
      [
        '✓ subscription All orders (sqs)',
        '✗ subscription Express queue (sqs): shipping is "standard", needs "express"',
      ],
      ['✓ subscription All orders (sqs)', '✓ subscription Express queue (sqs)'],
    ]);
    expect(verdictsOf(publishes[0]!, label)[0]!.lines.map((l) => l.key)).toEqual(['0', '1']);
  });
});

describe('the order-routing example', () => {
  it('gives every rule of every put a verdict, with a reason for each miss', () => {
    const bytes = readFileSync(
      new URL('../../../public/examples/order-routing.eventflow.json', import.meta.url),
    );
    const loaded = parseFlowFile(bytes, {
      checkers: { eventPattern: validateEventPattern, filterPolicy: validateFilterPolicy },
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const bus = loaded.value.nodes.find((n) => n.kind === 'bus')!;
    const rules = bus.kind === 'bus' ? bus.settings.rules.map((r) => r.name) : [];
    const puts = runToCompletion(loaded.value, { durationMs: 10_000 }).spans.filter(
      (s) => s.type === 'bus.put',
    );
    expect(puts.length).toBeGreaterThan(0);
    for (const put of puts) {
      const lines = verdictsOf(put, (id) => id).flatMap((g) => g.lines);
      expect(lines.map((l) => l.key)).toEqual(rules);
      for (const l of lines) if (!l.matched && !l.skipped) expect(l.reasons.length).toBeGreaterThan(0);
    }
  });
});

describe('verdict text', () => {
  it('words a skipped rule and a miss without reasons', () => {
    const base = { key: 'r', subject: 'rule r', targets: [], reasons: [] };
    expect(verdictText({ ...base, matched: false, skipped: 'The rule is disabled.' })).toBe(
      '– rule r: The rule is disabled.',
    );
    expect(verdictText({ ...base, matched: false, skipped: null })).toBe('✗ rule r: did not match');
    expect(failureText({ path: 'detail.total', condition: 'exists', actual: 'missing' })).toBe(
      'detail.total is missing, needs exists',
    );
  });

  it('other spans carry no verdicts', () => {
    expect(verdictsOf(busPuts()[0]!, label)).toHaveLength(1);
    const emit = { type: 'source.emit' } as TraceRecord;
    expect(verdictsOf(emit, label)).toEqual([]);
  });
});
