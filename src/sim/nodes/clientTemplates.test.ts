import { describe, expect, it } from 'vitest';
import { buildFlow } from '../flowBuilder';
import { inlineRunner } from '../runner';
import { runToCompletion } from '../simulation';
import { compileRequestTemplates } from '../producers/templateRequest';

describe('client path and header templates', () => {
  const flow = buildFlow({
    nodes: [
      {
        id: 'c',
        kind: 'client',
        settings: {
          load: { type: 'constant', rate: 20 },
          request: {
            method: 'GET',
            path: '/orders/ord-{{int 1 400}}?n={{seq}}',
            headers: { 'x-req': 'r{{seq}}-{{pick a b}}' },
            body: '',
          },
        },
      },
      { id: 'api', kind: 'api', settings: { protocolType: 'HTTP' } },
      { id: 'fn', kind: 'function', settings: { duration: { type: 'constant', value: 5 } } },
    ],
    edges: [
      { source: 'c', target: 'api', settings: { type: 'invoke' } },
      { source: 'api', target: 'fn', settings: { type: 'integration', routeKey: 'GET /orders/{id}' } },
    ],
    run: { durationSeconds: 2, seed: 3 },
  });

  function run() {
    const seen: { id: string; n: string; header: string }[] = [];
    const result = runToCompletion(flow, {
      runner: inlineRunner({
        fn: (event) => {
          const e = event as {
            pathParameters: { id: string };
            queryStringParameters: { n: string };
            headers: Record<string, string>;
          };
          seen.push({ id: e.pathParameters.id, n: e.queryStringParameters.n, header: e.headers['x-req']! });
          return { value: { statusCode: 200, body: 'ok' } };
        },
      }),
    });
    return { seen, result };
  }

  it('renders the path and headers per request, and the API routes them by path parameter', () => {
    const { seen, result } = run();
    expect(seen).toHaveLength(40);
    expect(result.summary.nodes.find((n) => n.nodeId === 'c')!.counters.responses2xx).toBe(40);
    for (const s of seen) {
      expect(s.id).toMatch(/^ord-\d+$/);
      const k = Number(s.id.slice(4));
      expect(k).toBeGreaterThanOrEqual(1);
      expect(k).toBeLessThanOrEqual(400);
      expect(s.header).toMatch(new RegExp(`^r${s.n}-[ab]$`));
    }
    expect(new Set(seen.map((s) => s.id)).size).toBeGreaterThan(30);
    expect(result.summary.warnings.filter((w) => w.type === 'no-target')).toEqual([]);
  });

  it('draws the same paths and headers on every run', () => {
    expect(run().seen).toEqual(run().seen);
  });

  it('keeps constant headers as the settings object and renders a field alike whatever was rendered first', () => {
    const headers = { a: 'x' };
    expect(compileRequestTemplates('c', 1, '/p', headers).headers(0, 0)).toBe(headers);
    const t = compileRequestTemplates('c', 1, '/{{uuid}}', { h: '{{uuid}}' });
    const path = t.path(5, 0);
    t.headers(5, 0);
    expect(compileRequestTemplates('c', 1, '/{{uuid}}', { h: '{{uuid}}' }).path(5, 0)).toBe(path);
  });
});
