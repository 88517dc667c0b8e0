import type { Edge, EdgeSettingsOf } from '../../model';
import { edgePath, nameOf, type CheckContext, type Indexed } from './context';

type Notification = EdgeSettingsOf<'notification'>;

/** API routes that time out before their function can finish; S3 notifications that overlap. */
export function checkIntegrations(ctx: CheckContext): void {
  for (const [sourceId, edges] of ctx.edgesFrom) {
    const source = ctx.nodes.get(sourceId)?.item;
    if (source?.kind === 'api') {
      for (const { item: e, index } of edges) {
        const fn = ctx.nodes.get(e.target)?.item;
        if (e.settings.type !== 'integration' || fn?.kind !== 'function') continue;
        if (fn.settings.timeout * 1000 > e.settings.timeoutInMillis) {
          ctx.report({
            severity: 'warning',
            path: edgePath(index, '.settings.timeoutInMillis'),
            edgeId: e.id,
            message: `API Gateway gives up after ${e.settings.timeoutInMillis} ms (504), but ${nameOf(fn, fn.id)} may run for ${fn.settings.timeout} s: the caller never sees a slow answer`,
          });
        }
      }
    }
    if (source?.kind === 'bucket') checkNotificationOverlaps(ctx, edges);
  }
}

function checkNotificationOverlaps(ctx: CheckContext, edges: Indexed<Edge>[]): void {
  const seen: { id: string; s: Notification }[] = [];
  for (const { item: e, index } of edges) {
    if (e.settings.type !== 'notification') continue;
    const s = e.settings;
    const clash = seen.find((other) => overlaps(other.s, s));
    if (clash) {
      ctx.report({
        severity: 'error',
        path: edgePath(index),
        edgeId: e.id,
        message: `overlaps notification "${clash.id}" (same event types, overlapping prefix and suffix): S3 refuses ambiguous notification configurations`,
      });
    }
    seen.push({ id: e.id, s });
  }
}

const family = (event: string) => event.slice(0, event.lastIndexOf(':'));

function overlaps(a: Notification, b: Notification): boolean {
  const events = a.events.some((x) =>
    b.events.some((y) => x === y || (family(x) === family(y) && (x.endsWith(':*') || y.endsWith(':*')))),
  );
  const prefixes = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  const suffixes = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
  return events && prefixes && suffixes;
}
