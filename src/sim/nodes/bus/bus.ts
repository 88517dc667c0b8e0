import type { NodeOfKind } from '../../../model';
import type { Inbound, NodeBehaviour, NodeContext } from '../../core/types';
import { busEvent, parsePutEvents, type BusEvent } from '../../events/eventbridge';
import { compileEventPattern, explainEventPattern, type EventMatcher } from '../../patterns';
import { previewPayload } from '../../records/trace';
import { BusDeliverer, RETRY, type TargetDelivery } from './delivery';
import type { PutEventVerdict, RuleVerdict } from './records';
import { compileRules } from './rules';

/** EventBridge time stamps carry whole seconds. */
const isoSeconds = (epochMs: number) => new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Amazon EventBridge: PutEvents, rules with event patterns, targets with input shaping, retries and DLQs, an archive. */
export function busBehaviour(ctx: NodeContext): NodeBehaviour {
  const node = ctx.node as NodeOfKind<'bus'>;
  const s = node.settings;
  const rules = compileRules(ctx);
  const deliverer = new BusDeliverer(ctx);
  const m = ctx.metrics;
  const eventsIn = m.counter('messagesIn');
  const matched = m.counter('matchedEvents');
  const failedEntries = m.counter('failedEntries');
  const archived = m.counter('archived');
  let archive: EventMatcher | null = null;
  if (s.archive?.eventPattern) {
    try {
      archive = compileEventPattern(s.archive.eventPattern);
    } catch (e) {
      ctx.warn({ type: 'unsupported-setting', nodeId: node.id, setting: 'archive.eventPattern', message: `The archive pattern is invalid (${(e as Error).message}): nothing is archived.` });
      archive = () => false;
    }
  }

  function route(event: BusEvent, inbound: Inbound, spanId: number, keep: boolean): PutEventVerdict {
    const now = ctx.now();
    const isArchived = s.archive !== null && (archive === null || archive(event));
    if (isArchived) archived.add(now);
    const verdicts: RuleVerdict[] = [];
    let any = false;
    for (const r of rules) {
      const ok = r.skip === null && r.matcher!(event);
      const sent: string[] = [];
      if (ok) {
        any = true;
        for (const target of r.targets) {
          sent.push(ctx.nodeAt(target.out.targetIndex).id);
          const d: TargetDelivery = {
            rule: r, target, event, ingestedAt: now, attempt: 1, traceId: inbound.message.traceId,
            originIndex: inbound.message.originIndex, parentSpanId: spanId, open: false,
          };
          deliverer.deliver(d);
        }
      }
      if (keep) {
        const failures = !ok && r.skip === null ? explainEventPattern(r.rule.eventPattern, event).failures : [];
        verdicts.push({ rule: r.rule.name, matched: ok, failures, targets: sent, skipped: r.skip });
      }
    }
    if (any) matched.add(now);
    return { eventId: event.id, source: event.source, detailType: event['detail-type'], archived: isArchived, rules: verdicts };
  }

  function put(inbound: Inbound): void {
    const now = ctx.now();
    const entries = parsePutEvents(inbound.message.payload.get());
    const spanId = ctx.newSpanId();
    const allFailed = entries.every((e) => !e.ok);
    const keep = ctx.wantsSpan(inbound.message.traceId, allFailed);
    const events: PutEventVerdict[] = [];
    const failures: Array<{ code: string; message: string }> = [];
    const results: Array<{ EventId: string } | { ErrorCode: string; ErrorMessage: string }> = [];
    for (const entry of entries) {
      if (!entry.ok) {
        failedEntries.add(now);
        failures.push({ code: entry.code, message: entry.message });
        results.push({ ErrorCode: entry.code, ErrorMessage: entry.message });
        continue;
      }
      eventsIn.add(now);
      const event = busEvent(entry, ctx.random.uuid(), ctx.run.accountId, ctx.run.region, isoSeconds(ctx.startEpochMs + now));
      results.push({ EventId: event.id });
      events.push(route(event, inbound, spanId, keep));
    }
    if (keep) {
      ctx.record({
        type: 'bus.put', spanId, traceId: inbound.message.traceId, parentSpanId: inbound.message.parentSpanId, nodeId: node.id, kind: 'bus',
        start: now, end: now, status: allFailed ? 'rejected' : 'ok', attempt: inbound.attempt, payload: previewPayload(inbound.message.payload.get()), logs: [],
        error: failures[0] ? { type: failures[0].code, message: failures[0].message } : null, events, failedEntries: failures,
      });
    }
    inbound.reply?.({ status: 200, body: { FailedEntryCount: failures.length, Entries: results }, spanId });
  }

  return {
    start() {
      if (s.rules.length === 0) ctx.warn({ type: 'no-target', nodeId: node.id, message: 'This bus has no rules: events go nowhere.' });
    },
    receive: put,
    onEvent(code, _arg, payload) {
      if (code === RETRY) deliverer.deliver(payload as TargetDelivery);
    },
    summary() {
      return { derived: { archivedEvents: archived.total } };
    },
  };
}
