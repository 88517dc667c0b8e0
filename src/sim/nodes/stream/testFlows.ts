import type { EdgeSettingsOf, LoadProfile, StreamSettings } from '../../../model';
import { buildFlow } from '../../flowBuilder';
import type { TraceRecord } from '../../records/trace';

/** A client writing JSON bodies to a stream read by one function through a mapping. */
export function clientStreamFunction(opts: {
  load: LoadProfile;
  body?: string;
  stream?: Partial<StreamSettings>;
  mapping?: Partial<Omit<EdgeSettingsOf<'streamMapping'>, 'type'>>;
  durationSeconds: number;
  fnMs?: number;
  extraNodes?: Parameters<typeof buildFlow>[0]['nodes'];
}) {
  return buildFlow({
    nodes: [
      {
        id: 'client',
        kind: 'client',
        settings: {
          load: opts.load,
          request: {
            method: 'POST',
            path: '/',
            headers: {},
            body: opts.body ?? '{"id":"{{pick a b c d e f g h}}","n":{{seq}}}',
          },
        },
      },
      { id: 'stream', kind: 'stream', settings: opts.stream ?? {} },
      {
        id: 'fn',
        kind: 'function',
        settings: { duration: { type: 'constant', value: opts.fnMs ?? 20 }, timeout: 30 },
      },
      ...(opts.extraNodes ?? []),
    ],
    edges: [
      { source: 'client', target: 'stream', settings: { type: 'invoke' } },
      { source: 'stream', target: 'fn', settings: { type: 'streamMapping', ...opts.mapping } },
    ],
    run: { durationSeconds: opts.durationSeconds, seed: 7 },
  });
}

export type BatchSpan = Extract<TraceRecord, { type: 'stream.batch' }>;
export type DiscardSpan = Extract<TraceRecord, { type: 'stream.discard' }>;
