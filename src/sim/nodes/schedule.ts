import type { NodeOfKind } from '../../model';
import type { NodeBehaviour, NodeContext } from '../core/types';
import { parseSchedule, type FireTimes } from '../producers/scheduleExpression';
import { previewPayload } from '../records/trace';
import { emitToTargets } from './emit';

const FIRE = 1;

/** EventBridge Scheduler: fires on rate/cron/at in virtual time and sends the scheduled event. */
export function scheduleBehaviour(ctx: NodeContext): NodeBehaviour {
  const node = ctx.node as NodeOfKind<'schedule'>;
  const s = node.settings;
  const fires = ctx.metrics.counter('fires');
  const input = s.input === null ? null : (JSON.parse(s.input) as unknown);
  let times: FireTimes | null = null;
  let nextEpoch = -Infinity;

  function scheduleNext(afterEpoch: number): void {
    if (!times) return;
    const t = times.next(afterEpoch);
    if (!Number.isFinite(t) || t - ctx.startEpochMs >= ctx.endMs) return;
    nextEpoch = t;
    ctx.schedule(t - ctx.startEpochMs - ctx.now(), FIRE);
  }

  /** The event AWS sends for a scheduled rule. */
  function scheduledEvent(epochMs: number): unknown {
    const run = ctx.run;
    return {
      version: '0',
      id: ctx.random.uuid(),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: run.accountId,
      time: new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      region: run.region,
      resources: [`arn:aws:events:${run.region}:${run.accountId}:rule/${node.id}`],
      detail: {},
    };
  }

  return {
    start() {
      if (s.state === 'DISABLED') return;
      const parsed = parseSchedule(s.scheduleExpression, s.scheduleExpressionTimezone, ctx.startEpochMs);
      if (!parsed.ok) {
        ctx.warn({
          type: 'unsupported-setting',
          nodeId: node.id,
          setting: 'scheduleExpression',
          message: parsed.message,
        });
        return;
      }
      if (ctx.outEdges('invoke').length === 0)
        ctx.warn({ type: 'no-target', nodeId: node.id, message: 'This schedule has no target.' });
      times = parsed.value;
      scheduleNext(ctx.startEpochMs - 1);
    },
    onEvent(code) {
      if (code !== FIRE) return;
      const now = ctx.now();
      fires.add(now);
      const payload = input ?? scheduledEvent(nextEpoch);
      const spanId = ctx.newSpanId();
      const traceId = emitToTargets(ctx, spanId, payload);
      if (ctx.wantsSpan(traceId, false)) {
        ctx.record({
          type: 'schedule.fire',
          spanId,
          traceId,
          parentSpanId: null,
          nodeId: node.id,
          kind: 'schedule',
          start: now,
          end: now,
          status: 'ok',
          attempt: 1,
          payload: previewPayload(payload),
          logs: [],
          error: null,
          scheduledTime: new Date(nextEpoch).toISOString(),
        });
      }
      scheduleNext(nextEpoch);
    },
    receive(inbound) {
      inbound.reply?.({
        status: 400,
        spanId: null,
        error: { type: 'InvalidTarget', message: 'A schedule does not receive messages.' },
      });
    },
  };
}
