import { describe, expect, it } from 'vitest';
import { buildFlow } from '../../flowBuilder';
import { inlineRunner } from '../../runner';
import { runToCompletion } from '../../simulation';
import { kafkaPartition } from './shards';

describe('Kafka flavor', () => {
  it('partitions by key with murmur2 and delivers the MSK event shape', () => {
    const events: Array<{
      eventSource: string;
      records: Record<
        string,
        Array<{
          topic: string;
          partition: number;
          offset: number;
          key: string;
          value: string;
          timestampType: string;
        }>
      >;
    }> = [];
    const flow = buildFlow({
      nodes: [
        {
          id: 'client',
          kind: 'client',
          settings: {
            load: { type: 'constant', rate: 20 },
            request: { method: 'POST', path: '/', headers: {}, body: '{"id":"k{{int 1 5}}","n":{{seq}}}' },
          },
        },
        { id: 'orders', kind: 'stream', settings: { flavor: 'kafka', shardCount: 3 } },
        { id: 'fn', kind: 'function', settings: {} },
      ],
      edges: [
        { source: 'client', target: 'orders', settings: { type: 'invoke' } },
        { source: 'orders', target: 'fn', settings: { type: 'streamMapping' } },
      ],
      run: { durationSeconds: 5 },
    });
    const run = runToCompletion(flow, {
      runner: inlineRunner({ fn: (e) => (events.push(e as (typeof events)[number]), { value: null }) }),
    });
    expect(events.length).toBeGreaterThan(3);
    expect(run.summary.warnings.some((w) => w.type === 'unsupported-setting' && w.setting === 'flavor')).toBe(
      true,
    );
    for (const e of events) {
      expect(e.eventSource).toBe('aws:kafka');
      const groups = Object.entries(e.records);
      expect(groups).toHaveLength(1);
      for (const [name, recs] of groups) {
        for (const r of recs) {
          const key = Buffer.from(r.key, 'base64').toString();
          expect(name).toBe(`orders-${r.partition}`);
          expect(r.partition).toBe(kafkaPartition(key, 3));
          expect(JSON.parse(Buffer.from(r.value, 'base64').toString()).id).toBe(key);
          expect(r.timestampType).toBe('CREATE_TIME');
        }
        const offsets = recs.map((r) => r.offset);
        expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
      }
    }
  });
});
