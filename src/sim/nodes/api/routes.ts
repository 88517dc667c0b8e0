import type { OutEdge } from '../../core/types';

export interface Route {
  out: OutEdge;
  routeKey: string;
  method: string;
  /** The resource path as configured, e.g. /orders/{id}. */
  resource: string;
  segments: string[];
}

export interface RouteMatch {
  route: Route;
  pathParameters: Record<string, string> | null;
}

/** Routes from the API's outgoing integration edges. */
export function routesOf(outs: OutEdge[]): Route[] {
  const routes: Route[] = [];
  for (const out of outs) {
    if (out.edge.settings.type !== 'integration') continue;
    const routeKey = out.edge.settings.routeKey;
    const space = routeKey.indexOf(' ');
    const resource = routeKey.slice(space + 1);
    routes.push({ out, routeKey, method: routeKey.slice(0, space), resource, segments: splitPath(resource) });
  }
  return routes;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/**
 * The route API Gateway picks for a request: literal segments beat {param} segments, which
 * beat a greedy {proxy+}; an exact method beats ANY. Null when nothing matches.
 */
export function matchRoute(routes: Route[], method: string, path: string): RouteMatch | null {
  const parts = splitPath(path).map(safeDecode);
  let best: RouteMatch | null = null;
  let bestScore: number[] = [];
  for (const route of routes) {
    if (route.method !== 'ANY' && route.method !== method) continue;
    const params = matchSegments(route.segments, parts);
    if (!params) continue;
    const score = [
      ...route.segments.map((s) => (s.endsWith('+}') ? 0 : s.startsWith('{') ? 1 : 2)),
      route.method === 'ANY' ? 0 : 1,
    ];
    if (!best || compare(score, bestScore) > 0) {
      best = { route, pathParameters: Object.keys(params).length > 0 ? params : null };
      bestScore = score;
    }
  }
  return best;
}

function matchSegments(segments: string[], parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.startsWith('{') && seg.endsWith('+}')) {
      // Greedy: one or more remaining segments, only as the last segment.
      if (i !== segments.length - 1 || parts.length <= i) return null;
      params[seg.slice(1, -2)] = parts.slice(i).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (seg.startsWith('{') && seg.endsWith('}')) params[seg.slice(1, -1)] = part;
    else if (seg !== part) return null;
  }
  return parts.length === segments.length ? params : null;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
