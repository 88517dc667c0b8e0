import { KIND_INFO } from '../../model';
import type { NodeBehaviour, NodeContext } from '../core/types';
import { previewPayload } from '../records/trace';

/**
 * Stand-in for kinds whose behaviour is not written yet: it accepts nothing, answers a
 * sync caller 501, records what reached it and lists a typed warning in the summary.
 */
export function unsimulatedBehaviour(ctx: NodeContext): NodeBehaviour {
  const reached = ctx.metrics.counter('unsimulatedMessages');
  const info = KIND_INFO[ctx.node.kind];
  const message = `${info.title} (${info.service}) is not simulated yet: messages that reach it are counted and go no further.`;
  return {
    receive(inbound) {
      const now = ctx.now();
      reached.add(now);
      ctx.warn({ type: 'kind-not-simulated', nodeId: ctx.node.id, kind: ctx.node.kind, message });
      const spanId = ctx.newSpanId();
      const error = { type: 'NotSimulated', message };
      if (ctx.wantsSpan(inbound.message.traceId, true)) {
        ctx.record({
          type: 'node.unsimulated',
          spanId,
          traceId: inbound.message.traceId,
          parentSpanId: inbound.message.parentSpanId,
          nodeId: ctx.node.id,
          kind: ctx.node.kind,
          start: now,
          end: now,
          status: 'not-simulated',
          attempt: inbound.attempt,
          payload: previewPayload(inbound.message.payload.get()),
          logs: [],
          error,
        });
      }
      inbound.reply?.({ status: 501, error, spanId });
    },
  };
}
