// Small flows run in the simulation core for the unit tests of this folder (never imported by the app).
import { buildFlow, inlineRunner, runToCompletion, type PlainHandler, type TraceRecord } from '../../sim';

const STACK_LINE = 'at handler (file:///var/task/index.mjs:7:11)';

/** A worker handler that fails on bodies naming "poison" and logs each message. */
const worker: PlainHandler = (event) => {
  const records = (event as { Records: Array<{ body: string }> }).Records;
  const logs = records.map((r) => `processing ${r.body}`);
  if (records.some((r) => r.body.includes('poison')))
    return {
      logs,
      error: {
        type: 'Error',
        message: 'cannot import poison',
        stack: `Error: cannot import poison\n    ${STACK_LINE}`,
      },
    };
  return { logs };
};

/**
 * source → queue (visibility 10 s, DLQ after 3 receives) → worker; DLQ → reader.
 * Event "poison" at 1 s fails three times and lands in the DLQ; "fine" at 2 s goes through once.
 */
export function poisonRun(): TraceRecord[] {
  const flow = buildFlow({
    nodes: [
      {
        id: 'src',
        kind: 'source',
        label: 'Importer',
        settings: {
          events: [
            { label: 'poison', atSeconds: 1, payload: JSON.stringify({ order: 'poison', sku: 'SKU-9' }) },
            { label: 'fine', atSeconds: 2, payload: JSON.stringify({ order: 'fine', sku: 'SKU-1' }) },
          ],
        },
      },
      { id: 'q', kind: 'queue', label: 'Jobs', settings: { visibilityTimeout: 10 } },
      { id: 'dlq', kind: 'queue', label: 'Jobs DLQ', settings: { visibilityTimeout: 10 } },
      {
        id: 'worker',
        kind: 'function',
        label: 'Worker',
        settings: { duration: { type: 'constant', value: 100 } },
      },
      {
        id: 'reader',
        kind: 'function',
        label: 'Reader',
        settings: { duration: { type: 'constant', value: 10 } },
      },
    ],
    edges: [
      { source: 'src', target: 'q', settings: { type: 'invoke' } },
      { source: 'q', target: 'worker', settings: { type: 'sqsMapping', batchSize: 1 } },
      { source: 'q', target: 'dlq', settings: { type: 'deadLetter', maxReceiveCount: 3 } },
      { source: 'dlq', target: 'reader', settings: { type: 'sqsMapping' } },
    ],
    run: { durationSeconds: 60, seed: 1 },
  });
  return runToCompletion(flow, { runner: inlineRunner({ worker, reader: () => ({}) }) }).spans;
}

/** A client sending 20 requests/s for 3 s to a function limited to one environment: throttles. */
export function throttledRun(): TraceRecord[] {
  const flow = buildFlow({
    nodes: [
      { id: 'client', kind: 'client', label: 'Client', settings: { load: { type: 'constant', rate: 20 } } },
      {
        id: 'fn',
        kind: 'function',
        label: 'Slow fn',
        settings: { reservedConcurrentExecutions: 1, duration: { type: 'constant', value: 300 } },
      },
    ],
    edges: [{ source: 'client', target: 'fn', settings: { type: 'invoke' } }],
    run: { durationSeconds: 3, seed: 1 },
  });
  return runToCompletion(flow).spans;
}

/** Labels as the panel shows them: the node's label, or its id. */
export const LABELS: Record<string, string> = {
  src: 'Importer',
  q: 'Jobs',
  dlq: 'Jobs DLQ',
  worker: 'Worker',
  reader: 'Reader',
  client: 'Client',
  fn: 'Slow fn',
};
export const label = (id: string) => LABELS[id] ?? id;
