import { KIND_INFO, type Flow } from '../../model';
import { INIT_CAP_MS } from '../../sim';

/** Virtual ms a Test run lasts beyond the function's timeout: room for the longest INIT and the answers. */
export const TEST_MARGIN_MS = INIT_CAP_MS + 2000;

/**
 * The flow a Test runs: the same resources and edges without producers (nothing else
 * happens), `code` as the function's handler, async retries off, and a run just long enough
 * for one invocation (timeout + margin). Resources start empty, as in any run.
 */
export function testFlow(flow: Flow, functionId: string, code: string): Flow {
  const nodes = flow.nodes
    .filter((n) => KIND_INFO[n.kind].category !== 'producer')
    .map((n) =>
      n.id === functionId && n.kind === 'function'
        ? { ...n, settings: { ...n.settings, code, maximumRetryAttempts: 0 } }
        : n,
    );
  const ids = new Set(nodes.map((n) => n.id));
  const fn = nodes.find((n) => n.id === functionId);
  const timeoutMs = fn?.kind === 'function' ? fn.settings.timeout * 1000 : 0;
  return {
    ...flow,
    nodes,
    edges: flow.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    run: { ...flow.run, durationSeconds: (timeoutMs + TEST_MARGIN_MS) / 1000 },
  };
}
