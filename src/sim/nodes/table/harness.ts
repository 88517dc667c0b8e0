import type { Edge, Flow } from '../../../model';
import { Engine } from '../../core/engine';
import type { Reply, SimMessage } from '../../core/types';
import type { HandlerRunner } from '../../runner';
import { behaviourFor } from '../registry';

/**
 * Drives single nodes of a flow by hand (tests of stores and routers): `call` delivers a
 * request as a synchronous caller would and runs virtual time until the answer comes.
 */
export function nodeHarness(flow: Flow, runner: HandlerRunner | null = null) {
  const engine = new Engine({
    flow,
    seed: flow.run.seed,
    endMs: flow.run.durationSeconds * 1000,
    startEpochMs: 1_767_225_600_000,
    bucketMs: 1000,
    runner,
    spanCapacity: 10_000,
    spanSampleRate: 1,
    behaviourFor: (n) => behaviourFor(n),
  });
  engine.start();
  let trace = 1_000_000;
  const deliver = (
    nodeId: string,
    payload: unknown,
    mode: 'sync' | 'async',
    reply: ((r: Reply) => void) | null,
    http?: SimMessage['http'],
  ) => {
    const index = engine.indexOf(nodeId);
    if (index === undefined) throw new Error(`no node ${nodeId}`);
    const edge: Edge = { id: 'harness', source: 'harness', target: nodeId, settings: { type: 'invoke' } };
    const message: SimMessage = {
      traceId: trace++,
      parentSpanId: null,
      originIndex: index,
      payload: { get: () => payload },
      ...(http ? { http } : {}),
    };
    engine.behaviours[index]!.receive({ message, from: index, edge, mode, reply, attempt: 1 });
  };
  /** Runs every SimEvent due before `ms` from now. */
  const wait = (ms: number) => engine.advance(engine.now + ms);
  return {
    engine,
    wait,
    now: () => engine.now,
    call(nodeId: string, payload: unknown, http?: SimMessage['http']): Reply {
      let got: Reply | null = null;
      deliver(nodeId, payload, 'sync', (r) => (got = r), http);
      while (got === null) {
        const t = engine.queue.peekTime();
        if (!Number.isFinite(t) || t >= engine.config.endMs) throw new Error(`${nodeId} never answered`);
        engine.advance(t + 1e-6);
      }
      return got;
    },
    send: (nodeId: string, payload: unknown) => deliver(nodeId, payload, 'async', null),
    spans: () => engine.spans.records(),
  };
}
