import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim';
import { count, edit, loadExample, nodeOf, notesOf, payloadOf, spans, sharedPool, SLOW } from './harness';

const flow = loadExample('change-data-capture');
const run = sharedPool();
/** Changes in the last seconds may still be on their way through the stream when the run ends. */
const TAIL = 8;

type Put = { params: { Item: Record<string, { S: string }> } };
interface Save {
  customerId: string;
  email: string;
  plan: string;
  change: 'INSERT' | 'MODIFY' | null;
  emailChanged: boolean;
}

/** Every save in the order the table took them, with what it changed. */
function saves(r: RunResult): Save[] {
  const last = new Map<string, { email: string; plan: string }>();
  return spans(r, 'table.request', 'customers')
    .sort((a, b) => a.start - b.start || a.spanId - b.spanId)
    .map((s) => {
      const item = payloadOf<Put>(s).params.Item;
      const now = { email: item.email!.S, plan: item.plan!.S };
      const before = last.get(item.customerId!.S);
      last.set(item.customerId!.S, now);
      return {
        customerId: item.customerId!.S,
        ...now,
        change: s.streamEvent as Save['change'],
        emailChanged: !!before && before.email !== now.email,
      };
    });
}

type Detail = { detail: { customerId: string; changed: string[] } };

describe('change-data-capture example', () => {
  let r: RunResult;
  let all: Save[];
  beforeAll(async () => {
    r = await run(flow);
    all = saves(r);
  }, SLOW);

  it('a save that changes nothing writes no stream record and publishes nothing', () => {
    expect(notesOf(flow)).toMatch(
      /about one save in five changes nothing \(same domain and plan\)\. DynamoDB writes no stream record for it, so Publish changes publishes nothing for that save/,
    );
    expect(all.length).toBe(count(r, 'saveCustomer', 'invocations'));
    const unchanged = all.filter((s) => s.change === null);
    expect(unchanged.length / all.length).toBeGreaterThan(0.12);
    expect(unchanged.length / all.length).toBeLessThan(0.3);
    // No stream record for an unchanged save; one for each real change (INSERT or MODIFY).
    const changed = all.length - unchanged.length;
    expect(count(r, 'customers', 'recordsProcessed')).toBeLessThanOrEqual(changed);
    expect(count(r, 'customers', 'recordsProcessed')).toBeGreaterThan(changed - TAIL);
    expect(count(r, 'customerEvents', 'messagesIn')).toBe(count(r, 'customers', 'recordsProcessed'));
  });

  it('INSERT greets each customer once; only MODIFYs that change the email reach CRM sync', () => {
    expect(notesOf(flow)).toMatch(
      /a customer's first save is an INSERT, published as CustomerCreated: Welcome email greets each of the 25 customers once\. A later change is a MODIFY, published as CustomerUpdated with the changed fields\. The email-changes rule matches when detail\.changed contains "email".*so CRM sync sees email changes only/s,
    );
    expect(all.filter((s) => s.change === 'INSERT').length).toBe(25);
    const welcomed = spans(r, 'function.invoke', 'welcomeEmail').map(
      (s) => payloadOf<Detail>(s).detail.customerId,
    );
    expect(welcomed.sort()).toEqual(Array.from({ length: 25 }, (_, i) => `c-${i + 1}`).sort());
    const synced = spans(r, 'function.invoke', 'syncCrm').map((s) => payloadOf<Detail>(s).detail);
    expect(synced.every((d) => d.changed.includes('email'))).toBe(true);
    expect(synced.some((d) => d.changed.length === 2)).toBe(true);
    const emailChanges = all.filter((s) => s.change === 'MODIFY' && s.emailChanged).length;
    expect(synced.length).toBeLessThanOrEqual(emailChanges);
    expect(synced.length).toBeGreaterThan(emailChanges - TAIL);
    const planOnly = all.filter((s) => s.change === 'MODIFY' && !s.emailChanged).length;
    expect(planOnly).toBeGreaterThan(20);
  });

  it(
    'try: a KEYS_ONLY stream cannot say what changed, so CRM sync gets nothing; welcomes still go out',
    async () => {
      expect(notesOf(flow)).toMatch(
        /set the DynamoDB stream of Customers to KEYS_ONLY\. Records then carry only the key: Publish changes cannot tell what changed, and CRM sync gets nothing\. Welcome emails still go out/,
      );
      const keys = await run(
        edit(flow, (f) => {
          nodeOf(f, 'customers', 'table').settings.streamViewType = 'KEYS_ONLY';
        }),
        { durationMs: 30_000 },
      );
      expect(count(keys, 'syncCrm', 'invocations')).toBe(0);
      expect(count(keys, 'customerEvents', 'messagesIn')).toBeGreaterThan(100);
      expect(count(keys, 'welcomeEmail', 'invocations')).toBe(
        saves(keys).filter((s) => s.change === 'INSERT').length,
      );
    },
    SLOW,
  );
});
