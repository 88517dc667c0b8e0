/** An event as EventBridge delivers it to targets (the envelope keys in AWS's order). */
export interface BusEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: unknown;
  'replay-name'?: string;
}

/** One PutEvents entry, or the reason EventBridge refuses it (ErrorCode, ErrorMessage). */
export type PutEntry =
  | { ok: true; source: string; detailType: string; detail: unknown; resources: string[]; time: string | null; id: string | null }
  | { ok: false; code: string; message: string };

export function busArn(region: string, account: string, name: string): string {
  return `arn:aws:events:${region}:${account}:event-bus/${name}`;
}

export function ruleArn(region: string, account: string, bus: string, rule: string): string {
  return `arn:aws:events:${region}:${account}:rule/${bus}/${rule}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function entryOf(source: unknown, detailType: unknown, detail: unknown, resources: unknown, time: unknown, id: unknown, detailIsText: boolean): PutEntry {
  if (typeof source !== 'string' || source === '') return { ok: false, code: 'InvalidArgument', message: 'Parameter Source is not valid. Reason: Source is a required argument.' };
  if (typeof detailType !== 'string' || detailType === '') {
    return { ok: false, code: 'InvalidArgument', message: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.' };
  }
  let value = detail;
  if (detailIsText) {
    if (typeof detail !== 'string') return { ok: false, code: 'InvalidArgument', message: 'Parameter Detail is not valid. Reason: Detail is a required argument.' };
    try {
      value = JSON.parse(detail);
    } catch {
      return { ok: false, code: 'MalformedDetail', message: 'Detail is malformed.' };
    }
  }
  if (!isObject(value)) return { ok: false, code: 'MalformedDetail', message: 'Detail is malformed.' };
  const list = Array.isArray(resources) ? resources.filter((r): r is string => typeof r === 'string') : [];
  return { ok: true, source, detailType, detail: value, resources: list, time: typeof time === 'string' ? time : null, id: typeof id === 'string' ? id : null };
}

/**
 * The entries of a PutEvents-like payload: `{ Entries: [{ Source, DetailType, Detail (JSON
 * text), Resources, Time }] }`, or one bare event `{ source, "detail-type", detail }` (what
 * a producer or another bus sends). Anything else is one refused entry.
 */
export function parsePutEvents(payload: unknown): PutEntry[] {
  if (isObject(payload) && Array.isArray(payload.Entries)) {
    return payload.Entries.map((e: unknown) =>
      isObject(e) ? entryOf(e.Source, e.DetailType, e.Detail, e.Resources, e.Time, null, true) : { ok: false, code: 'InvalidArgument', message: 'An entry is not an object.' },
    );
  }
  if (isObject(payload) && ('source' in payload || 'detail-type' in payload)) {
    return [entryOf(payload.source, payload['detail-type'], payload.detail ?? {}, payload.resources, payload.time, payload.id, false)];
  }
  return [
    {
      ok: false,
      code: 'InvalidArgument',
      message: 'Not a PutEvents request: send { "Entries": [{ "Source", "DetailType", "Detail" }] } or an event { "source", "detail-type", "detail" }.',
    },
  ];
}

/** The envelope EventBridge fills in around an accepted entry. */
export function busEvent(e: Extract<PutEntry, { ok: true }>, id: string, account: string, region: string, nowIso: string): BusEvent {
  return {
    version: '0',
    id: e.id ?? id,
    'detail-type': e.detailType,
    source: e.source,
    account,
    time: e.time ?? nowIso,
    region,
    resources: e.resources,
    detail: e.detail,
  };
}
