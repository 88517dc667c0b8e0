// The example gallery as a whole: the index, clean loading, sensible layout, and notes that
// name only what the flow has.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_INFO, type Flow } from '../../model';
import { exampleIndex, loadExample, parseExample } from './harness';

const ORDER = [
  'rest-api',
  'upload-pipeline',
  'order-routing',
  'fan-out',
  'poison-message',
  'ordered-stream',
  'scheduled-batch',
  'change-data-capture',
  'saga',
  'cqrs',
  'cold-starts',
  'retry-storm',
];

/** What each example's notes name: node labels, and rules or source events in quotes or by name. */
const MENTIONS: Record<string, { nodes: string[]; rules?: string[]; events?: string[] }> = {
  'rest-api': {
    nodes: [
      'Checkout page',
      'Orders API',
      'Order status page',
      'Warehouse',
      'Create order',
      'Support desk',
      'Change order',
    ],
  },
  'upload-pipeline': {
    nodes: ['Mobile app', 'Receive upload', 'Make thumbnail', 'Thumbnails', 'Failed thumbnails'],
  },
  'order-routing': {
    nodes: ['Fraud check', 'Customer care', 'Order service'],
    rules: ['large-orders', 'vip-coupons', 'order-cancelled'],
    events: ['Small order', 'Large order', 'Cancellation'],
  },
  'fan-out': {
    nodes: [
      'Bill customer',
      'Billing DLQ',
      'Billing queue',
      'Express shipping queue',
      'Large order review queue',
    ],
  },
  'poison-message': { nodes: ['Import order', 'Import DLQ', 'Imported jobs'] },
  'ordered-stream': { nodes: ['Faulty device', 'Update position', 'Latest positions', 'Discarded batches'] },
  'scheduled-batch': { nodes: ['Every day at 00:00 UTC', 'Generate invoices', 'Invoices'] },
  'change-data-capture': {
    nodes: ['Publish changes', 'Welcome email', 'CRM sync', 'Customers'],
    rules: ['email-changes'],
  },
  saga: {
    nodes: ['Saga bus', 'Reserve stock', 'Charge payment', 'Release stock', 'Finish order', 'Inventory'],
    rules: ['payment-failed'],
  },
  cqrs: {
    nodes: ['Add item (command)', 'Cart summaries (read model)', 'Project cart', 'Cart lines (write model)'],
  },
  'cold-starts': { nodes: ['Quote (on demand)', 'Quote (provisioned 20)'] },
  'retry-storm': {
    nodes: [
      'Partner API (direct)',
      'Shop app (direct)',
      'Shop app (queued)',
      'Forward to partner',
      'Partner calls queue',
      'Partner API (queued)',
      'Partner calls bus',
    ],
  },
};

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
const CARD = { w: 220, h: 90 };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Lines a note's text needs at least at 14 px (6.6 px a character, narrower than most), wrapped at its inner width. */
function lines(text: string, width: number): number {
  const perLine = Math.floor((width - 24) / 6.6);
  let total = 0;
  for (const para of text.split('\n')) {
    let len = 0;
    total++;
    for (const word of para.split(' ')) {
      if (len > 0 && len + 1 + word.length > perLine) {
        total++;
        len = word.length;
      } else len += (len > 0 ? 1 : 0) + word.length;
    }
  }
  return total;
}

describe('example index', () => {
  const index = exampleIndex();

  it('lists the twelve examples in teaching order, each with a title, a one-sentence summary and tags', () => {
    expect(index.map((e) => e.file)).toEqual(ORDER.map((n) => `${n}.eventflow.json`));
    for (const e of index) {
      expect(e.title.length).toBeGreaterThan(5);
      expect(e.summary).toMatch(/^[A-Z].*\.$/);
      expect(e.summary.slice(0, -1)).not.toMatch(/[.!?] [A-Z]/);
      expect(e.tags?.length).toBeGreaterThan(0);
      expect(e.tags!.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    }
  });

  it('lists every example file in the folder', () => {
    const files = readdirSync(new URL('../../../public/examples/', import.meta.url)).filter((f) =>
      f.endsWith('.eventflow.json'),
    );
    expect(files.sort()).toEqual(index.map((e) => e.file).sort());
  });
});

describe.each(ORDER)('%s example file', (name) => {
  const loaded = parseExample(`${name}.eventflow.json`);
  const flow: Flow = loadExample(name);

  it('loads with no errors and no warnings', () => {
    expect(loaded.ok && loaded.problems).toEqual([]);
  });

  it('has its own seed and a run of 30 to 120 s of virtual time', () => {
    const raw = JSON.parse(
      readFileSync(new URL(`../../../public/examples/${name}.eventflow.json`, import.meta.url), 'utf8'),
    ) as { run?: { seed?: number } };
    expect(raw.run?.seed).toBe(1);
    expect(flow.run.durationSeconds).toBeGreaterThanOrEqual(30);
    expect(flow.run.durationSeconds).toBeLessThanOrEqual(120);
  });

  it('has working code in every function (not the default handler)', () => {
    const fns = flow.nodes.filter((n) => n.kind === 'function');
    expect(fns.length).toBeGreaterThan(0);
    for (const f of fns) expect(f.settings.code).toMatch(/export const handler = async/);
    for (const f of fns)
      expect(f.settings.code).not.toMatch(/console\.log\('received', JSON\.stringify\(event\)\)/);
  });

  it('lays cards out left to right without overlaps, notes below them, each note big enough for its text', () => {
    const cards: Box[] = flow.nodes.map((n) => ({ id: n.id, ...n.position, ...CARD }));
    const notes: Box[] = flow.notes.map((n) => ({ id: n.id, ...n.position, w: n.width, h: n.height }));
    const all = [...cards, ...notes];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(overlaps(all[i]!, all[j]!), `${all[i]!.id} overlaps ${all[j]!.id}`).toBe(false);
    const left = Math.min(...cards.map((c) => c.x));
    for (const n of flow.nodes)
      if (KIND_INFO[n.kind].category === 'producer') expect(n.position.x, n.id).toBe(left);
    const bottom = Math.max(...cards.map((c) => c.y + c.h));
    expect(flow.notes.length).toBeGreaterThanOrEqual(2);
    for (const n of flow.notes) {
      expect(n.position.y, n.id).toBeGreaterThan(bottom);
      expect(n.height, n.id).toBeGreaterThanOrEqual(lines(n.text, n.width) * 19.6 + 20);
    }
  });

  it('notes say what to watch and what to try, and every node, rule and event they name exists', () => {
    const text = flow.notes.map((n) => n.text).join('\n');
    expect(text).toMatch(/Watch/);
    expect(text).toMatch(/Try/);
    const mentions = MENTIONS[name]!;
    const labels = new Set(flow.nodes.map((n) => n.label));
    for (const label of mentions.nodes) {
      expect(text, `notes name "${label}"`).toContain(label);
      expect(labels.has(label), `a node is labelled "${label}"`).toBe(true);
    }
    const rules = new Set(
      flow.nodes.flatMap((n) => (n.kind === 'bus' ? n.settings.rules.map((r) => r.name) : [])),
    );
    for (const rule of mentions.rules ?? []) {
      expect(text).toContain(rule);
      expect(rules.has(rule), `a bus has the rule "${rule}"`).toBe(true);
    }
    const events = new Set(
      flow.nodes.flatMap((n) => (n.kind === 'source' ? n.settings.events.map((e) => e.label) : [])),
    );
    for (const event of mentions.events ?? []) {
      expect(text).toContain(event);
      expect(events.has(event), `a source sends "${event}"`).toBe(true);
    }
  });
});
