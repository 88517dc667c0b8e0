import type { Distribution, FunctionSettings, LoadProfile } from '../../../model';
import { buildFlow } from '../../flowBuilder';

/** A client calling one function: the shape most Lambda tests need. */
export function clientToFunction(opts: {
  load: LoadProfile;
  fn?: Partial<Omit<FunctionSettings, 'duration'>> & { duration?: Distribution };
  durationSeconds: number;
  accountConcurrency?: number;
  keepAliveSeconds?: number;
  seed?: number;
}) {
  return buildFlow({
    nodes: [
      { id: 'client', kind: 'client', settings: { load: opts.load } },
      { id: 'fn', kind: 'function', settings: opts.fn ?? {} },
    ],
    edges: [{ source: 'client', target: 'fn', settings: { type: 'invoke' } }],
    run: {
      durationSeconds: opts.durationSeconds,
      seed: opts.seed ?? 1,
      accountConcurrency: opts.accountConcurrency ?? 1000,
      environmentKeepAliveSeconds: opts.keepAliveSeconds ?? 600,
    },
  });
}
