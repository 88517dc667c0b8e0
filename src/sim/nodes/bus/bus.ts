import type { NodeOfKind } from '../../../model';
import type { Inbound, NodeBehaviour, NodeContext } from '../../core/types';
import { busEvent, parsePutEvents, putEventsRefusal, type BusEvent } from '../../events/eventbridge';
import { compileEventPattern, type EventMatcher } from '../../patterns';
import { previewPayload } from '../../records/trace';
import { BusDeliverer, RETRY, type TargetDelivery } from './delivery';
import type { PutEventVerdict, RuleVerdict } from './records';
import { compileRules } from './rules';
import { replayOrder, type ArchivedEvent } from './replay';

const REPLAY = 2;

/** EventBridge time stamps carry whole seconds. */
const isoSeconds = (epochMs: number) =>
  new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Amazon EventBridge: PutEvents, rules with event patterns, targets with input shaping, retries and DLQs, archive and replay. */
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
  const replayed = m.counter('replayedEvents');
  const replays = s.archive?.replays ?? [];
  // Archived events are kept only when a replay will read them.
  const kept: ArchivedEvent[] = [];
  let archive: EventMatcher | null = null;
  if (s.archive?.eventPattern) {
    try {
      archive = compileEventPattern(s.archive.eventPattern);
    } catch (e) {
      ctx.warn({
        type: 'unsupported-setting',
        nodeId: node.id,
        setting: 'archive.eventPattern',
        message: `The archive pattern is invalid (${(e as Error).message}): nothing is archived.`,
      });
      archive = () => false;
    }
  }

  interface Origin {
    traceId: number;
    originIndex: number;
    spanId: number;
    keep: boolean;
  }

  /** Archives the event and sends it to every matching rule's targets (only `only` rules for a replay). */
  function route(event: BusEvent, o: Origin, only: ReadonlySet<string> | null): PutEventVerdict {
    const now = ctx.now();
    const isArchived = only === null && s.archive !== null && (archive === null || archive(event));
    if (isArchived) {
      archived.add(now);
      if (replays.length > 0) kept.push({ event, ingestedAt: now });
    }
    const verdicts: RuleVerdict[] = [];
    let any = false;
    for (const r of rules) {
      if (only !== null && !only.has(r.rule.name)) continue;
      const ok = r.skip === null && r.matcher!(event);
      const sent: string[] = [];
      if (ok) {
        any = true;
        for (const target of r.targets) {
          sent.push(ctx.nodeAt(target.out.targetIndex).id);
          const d: TargetDelivery = {
            rule: r,
            target,
            event,
            ingestedAt: now,
            attempt: 1,
            traceId: o.traceId,
            originIndex: o.originIndex,
            parentSpanId: o.spanId,
            open: false,
            admitted: false,
          };
          deliverer.deliver(d);
        }
      }
      if (o.keep) {
        const failures = !ok && r.explain ? r.explain(event) : [];
        verdicts.push({ rule: r.rule.name, matched: ok, failures, targets: sent, skipped: r.skip });
      }
    }
    if (any) matched.add(now);
    return {
      eventId: event.id,
      source: event.source,
      detailType: event['detail-type'],
      archived: isArchived,
      rules: verdicts,
    };
  }

  /** StartReplay: archived events go back through the bus's rules, each as a new trace, marked with replay-name. */
  function replay(index: number): void {
    const r = replays[index]!;
    const now = ctx.now();
    const only = new Set(r.rules ?? rules.map((x) => x.rule.name));
    for (const a of replayOrder(kept, r, now, s.archive!.retentionDays, ctx.random)) {
      const event: BusEvent = { ...a.event, 'replay-name': r.name };
      const traceId = ctx.newTrace();
      ctx.traceStart(traceId, ctx.index);
      const spanId = ctx.newSpanId();
      const keep = ctx.wantsSpan(traceId, false);
      replayed.add(now);
      const verdict = route(event, { traceId, originIndex: ctx.index, spanId, keep }, only);
      if (keep) {
        ctx.record({
          type: 'bus.put',
          spanId,
          traceId,
          parentSpanId: null,
          nodeId: node.id,
          kind: 'bus',
          start: now,
          end: now,
          status: 'ok',
          attempt: 1,
          payload: previewPayload(event),
          logs: [],
          error: null,
          events: [verdict],
          failedEntries: [],
          replayName: r.name,
        });
      }
      ctx.traceClose(traceId);
    }
  }

  function put(inbound: Inbound): void {
    const now = ctx.now();
    const payload = inbound.message.payload.get();
    const spanId = ctx.newSpanId();
    const refusal = putEventsRefusal(payload);
    if (refusal) return refuse(inbound, spanId, refusal);
    const entries = parsePutEvents(payload);
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
      const event = busEvent(
        entry,
        ctx.random.uuid(),
        ctx.run.accountId,
        ctx.run.region,
        isoSeconds(ctx.startEpochMs + now),
      );
      results.push({ EventId: event.id });
      events.push(
        route(
          event,
          { traceId: inbound.message.traceId, originIndex: inbound.message.originIndex, spanId, keep },
          null,
        ),
      );
    }
    if (keep) {
      ctx.record({
        type: 'bus.put',
        spanId,
        traceId: inbound.message.traceId,
        parentSpanId: inbound.message.parentSpanId,
        nodeId: node.id,
        kind: 'bus',
        start: now,
        end: now,
        status: allFailed ? 'rejected' : 'ok',
        attempt: inbound.attempt,
        payload: previewPayload(inbound.message.payload.get()),
        logs: [],
        error: failures[0] ? { type: failures[0].code, message: failures[0].message } : null,
        events,
        failedEntries: failures,
        replayName: null,
      });
    }
    inbound.reply?.({ status: 200, body: { FailedEntryCount: failures.length, Entries: results }, spanId });
  }

  /** The whole request is refused (400), as PutEvents does for too many or too large entries. */
  function refuse(inbound: Inbound, spanId: number, refusal: { code: string; message: string }): void {
    const now = ctx.now();
    failedEntries.add(now);
    if (ctx.wantsSpan(inbound.message.traceId, true)) {
      ctx.record({
        type: 'bus.put',
        spanId,
        traceId: inbound.message.traceId,
        parentSpanId: inbound.message.parentSpanId,
        nodeId: node.id,
        kind: 'bus',
        start: now,
        end: now,
        status: 'rejected',
        attempt: inbound.attempt,
        payload: previewPayload(inbound.message.payload.get()),
        logs: [],
        error: { type: refusal.code, message: refusal.message },
        events: [],
        failedEntries: [refusal],
        replayName: null,
      });
    }
    inbound.reply?.({
      status: 400,
      error: { type: refusal.code, message: refusal.message },
      body: { __type: refusal.code, message: refusal.message },
      spanId,
    });
  }

  return {
    start() {
      replays.forEach((r, i) => {
        if (r.atSeconds * 1000 < ctx.endMs) ctx.schedule(r.atSeconds * 1000, REPLAY, i);
        const unknown = (r.rules ?? []).filter((name) => !s.rules.some((x) => x.name === name));
        if (unknown.length > 0)
          ctx.warn({
            type: 'unsupported-setting',
            nodeId: node.id,
            setting: `archive.replays.${r.name}`,
            message: `Replay ${r.name} names rules this bus does not have: ${unknown.join(', ')}.`,
          });
      });
      if (s.rules.length === 0)
        ctx.warn({
          type: 'no-target',
          nodeId: node.id,
          message: 'This bus has no rules: events go nowhere.',
        });
    },
    receive: put,
    onEvent(code, arg, payload) {
      if (code === RETRY) deliverer.deliver(payload as TargetDelivery);
      else if (code === REPLAY) replay(arg);
    },
    summary() {
      return { derived: { archivedEvents: archived.total } };
    },
  };
}
