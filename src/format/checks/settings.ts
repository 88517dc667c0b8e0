import { parseScheduleExpression } from '../../lib/scheduleExpression';
import { nameOf, nodePath, type CheckContext } from './context';

/** Settings that are valid one by one but not together, or that the schema cannot parse. */
export function checkNodeSettings(ctx: CheckContext): void {
  const duration = ctx.flow.run.durationSeconds;
  ctx.flow.nodes.forEach((node, index) => {
    const at = (rest: string) => ({ path: nodePath(index, rest), nodeId: node.id });
    switch (node.kind) {
      case 'schedule': {
        const parsed = parseScheduleExpression(node.settings.scheduleExpression);
        if (!parsed.ok)
          ctx.report({ severity: 'error', ...at('.settings.scheduleExpression'), message: parsed.error });
        if (!isTimeZone(node.settings.scheduleExpressionTimezone)) {
          ctx.report({
            severity: 'error',
            ...at('.settings.scheduleExpressionTimezone'),
            message: `"${node.settings.scheduleExpressionTimezone}" is not a time zone: use an IANA name such as UTC or Europe/Paris`,
          });
        }
        break;
      }
      case 'queue':
        if (node.settings.contentBasedDeduplication && !node.settings.fifoQueue) {
          ctx.report({
            severity: 'error',
            ...at('.settings.contentBasedDeduplication'),
            message: 'content-based deduplication needs a FIFO queue',
          });
        }
        break;
      case 'topic':
        if (node.settings.contentBasedDeduplication && !node.settings.fifoTopic) {
          ctx.report({
            severity: 'error',
            ...at('.settings.contentBasedDeduplication'),
            message: 'content-based deduplication needs a FIFO topic',
          });
        }
        break;
      case 'source':
        node.settings.events.forEach((e, i) => {
          if (e.atSeconds !== null && e.atSeconds > duration) {
            ctx.report({
              severity: 'warning',
              ...at(`.settings.events[${i}].atSeconds`),
              message: `fires at ${e.atSeconds} s, after the run ends (${duration} s)`,
            });
          }
        });
        break;
      case 'client':
        checkClientRoute(ctx, node.id, index, node.settings.request.method, node.settings.request.path);
        break;
      default:
        break;
    }
  });
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A client that calls an API on a path no route serves would only ever get 404s. */
function checkClientRoute(
  ctx: CheckContext,
  clientId: string,
  index: number,
  method: string,
  path: string,
): void {
  for (const { item: e } of ctx.edgesFrom.get(clientId) ?? []) {
    const api = ctx.nodes.get(e.target)?.item;
    if (api?.kind !== 'api') continue;
    const routes = (ctx.edgesFrom.get(api.id) ?? []).flatMap(({ item }) =>
      item.settings.type === 'integration' ? [item.settings.routeKey] : [],
    );
    if (routes.length > 0 && !routes.some((r) => routeMatches(r, method, path))) {
      ctx.report({
        severity: 'warning',
        path: nodePath(index, '.settings.request'),
        nodeId: clientId,
        message: `calls ${method} ${path}, but API ${nameOf(api, api.id)} has no route for it (routes: ${routes.join(', ')}): every call gets a 404`,
      });
    }
  }
}

export function routeMatches(routeKey: string, method: string, path: string): boolean {
  const space = routeKey.indexOf(' ');
  const routeMethod = routeKey.slice(0, space);
  if (routeMethod !== 'ANY' && routeMethod !== method) return false;
  const want = routeKey
    .slice(space + 1)
    .split('/')
    .filter(Boolean);
  const got = (path.split('?')[0] ?? '').split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (/^\{\w+\+\}$/.test(w)) return got.length > i;
    if (got[i] === undefined) return false;
    if (!/^\{\w+\}$/.test(w) && w !== got[i]) return false;
  }
  return got.length === want.length;
}
