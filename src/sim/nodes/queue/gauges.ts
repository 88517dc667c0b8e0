import type { NodeContext } from '../../core/types';
import type { QueueStore } from './store';

/** Whether some other node sends its failures to this queue (then dlqSize is kept). */
function isDeadLetterTarget(ctx: NodeContext): boolean {
  const id = ctx.node.id;
  if (ctx.flow.edges.some((e) => e.target === id && e.settings.type === 'deadLetter')) return true;
  if (ctx.flow.edges.some((e) => e.settings.type === 'subscription' && e.settings.deadLetterQueue === id))
    return true;
  return ctx.flow.nodes.some(
    (n) => n.kind === 'bus' && n.settings.rules.some((r) => r.targets.some((t) => t.deadLetterQueue === id)),
  );
}

/**
 * The queue's CloudWatch-like gauges: ApproximateNumberOfMessagesVisible (queueDepth),
 * ...NotVisible (inFlight), ...Delayed (delayed), ApproximateAgeOfOldestMessage (queueAgeMs).
 */
export class QueueGauges {
  readonly tickMs: number;
  private readonly depth;
  private readonly inFlight;
  private readonly delayed;
  private readonly age;
  private readonly dlqSize;

  constructor(
    ctx: NodeContext,
    private readonly store: QueueStore,
  ) {
    const m = ctx.metrics;
    this.depth = m.gauge('queueDepth');
    this.inFlight = m.gauge('inFlight');
    this.delayed = m.gauge('delayed');
    this.age = m.gauge('queueAgeMs');
    this.dlqSize = isDeadLetterTarget(ctx) ? m.gauge('dlqSize') : null;
    // The age gauge moves with time: refresh it about 600 times a run, at least every second.
    this.tickMs = Math.max(1000, Math.ceil(ctx.endMs / 600));
  }

  update(now: number): void {
    const s = this.store;
    if (this.depth.value !== s.visible) this.depth.set(now, s.visible);
    if (this.inFlight.value !== s.inFlight) this.inFlight.set(now, s.inFlight);
    if (this.delayed.value !== s.delayed) this.delayed.set(now, s.delayed);
    const oldest = s.oldestSentAt();
    this.age.set(now, oldest === null ? 0 : now - oldest);
    if (this.dlqSize && this.dlqSize.value !== s.live.size) this.dlqSize.set(now, s.live.size);
  }
}
