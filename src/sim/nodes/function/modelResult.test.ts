import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { runToCompletion } from '../../simulation';

describe('a function run by its declared model (no code)', () => {
  it('answers an API as the default handler would: 200, not a 502 for a missing proxy response', () => {
    for (const protocol of ['REST', 'HTTP'] as const) {
      const flow = buildFlow({
        nodes: [
          { id: 'web', kind: 'client', settings: { load: { type: 'constant', rate: 10 } } },
          { id: 'api', kind: 'api', settings: { protocolType: protocol } },
          { id: 'fn', kind: 'function' },
        ],
        edges: [
          { source: 'web', target: 'api', settings: { type: 'invoke' } },
          { source: 'api', target: 'fn', settings: { type: 'integration' } },
        ],
        run: { durationSeconds: 5 },
      });
      const web = runToCompletion(flow).summary.nodes.find((n) => n.nodeId === 'web')!;
      expect(web.counters.responses2xx).toBeGreaterThan(40);
      expect(web.counters.responses5xx).toBe(0);
    }
  });
});
