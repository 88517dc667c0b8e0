import type { NodeOfKind } from '../../model';
import type { NodeBehaviour, NodeContext } from '../core/types';
import { previewPayload } from '../records/trace';
import { emitToTargets } from './emit';

const FIRE = 1;

/** Hand-written events, sent at their set times or fired by hand during a run. */
export function sourceBehaviour(ctx: NodeContext): NodeBehaviour {
  const node = ctx.node as NodeOfKind<'source'>;
  const events = node.settings.events;
  const emitted = ctx.metrics.counter('events');

  function emit(index: number, byHand: boolean): boolean {
    const e = events[index];
    if (!e) return false;
    const now = ctx.now();
    emitted.add(now);
    const spanId = ctx.newSpanId();
    // Each delivery gets its own copy, as a real event would arrive.
    const payload = JSON.parse(e.payload) as unknown;
    const traceId = emitToTargets(ctx, spanId, payload);
    if (ctx.wantsSpan(traceId, false)) {
      ctx.record({
        type: 'source.emit',
        spanId,
        traceId,
        parentSpanId: null,
        nodeId: node.id,
        kind: 'source',
        start: now,
        end: now,
        status: 'ok',
        attempt: 1,
        payload: previewPayload(payload),
        logs: [],
        error: null,
        label: e.label,
        byHand,
      });
    }
    return true;
  }

  return {
    start() {
      if (ctx.outEdges('invoke').length === 0)
        ctx.warn({ type: 'no-target', nodeId: node.id, message: 'This event source has no target.' });
      events.forEach((e, i) => {
        if (e.atSeconds !== null && e.atSeconds * 1000 < ctx.endMs) ctx.schedule(e.atSeconds * 1000, FIRE, i);
      });
    },
    onEvent(code, arg) {
      if (code === FIRE) emit(arg, false);
    },
    fire(index) {
      return emit(index, true);
    },
    receive(inbound) {
      inbound.reply?.({
        status: 400,
        spanId: null,
        error: { type: 'InvalidTarget', message: 'An event source does not receive messages.' },
      });
    },
  };
}
