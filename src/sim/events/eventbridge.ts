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
  | {
      ok: true;
      source: string;
      detailType: string;
      detail: unknown;
      resources: string[];
      time: string | null;
      id: string | null;
    }
  | { ok: false; code: string; message: string };

export function busArn(region: string, account: string, name: string): string {
  return `arn:aws:events:${region}:${account}:event-bus/${name}`;
}

export function ruleArn(region: string, account: string, bus: string, rule: string): string {
  return `arn:aws:events:${region}:${account}:rule/${bus}/${rule}`;
}

/** PutEvents takes at most 10 entries, of at most 1 MiB in all (256 KB before 2026). */
export const PUT_EVENTS_MAX_ENTRIES = 10;
export const PUT_EVENTS_MAX_BYTES = 1_048_576;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function entryOf(
  source: unknown,
  detailType: unknown,
  detail: unknown,
  resources: unknown,
  time: unknown,
  id: unknown,
  detailIsText: boolean,
): PutEntry {
  if (typeof source !== 'string' || source === '')
    return {
      ok: false,
      code: 'InvalidArgument',
      message: 'Parameter Source is not valid. Reason: Source is a required argument.',
    };
  if (typeof detailType !== 'string' || detailType === '') {
    return {
      ok: false,
      code: 'InvalidArgument',
      message: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
    };
  }
  let value = detail;
  if (detailIsText) {
    if (typeof detail !== 'string')
      return {
        ok: false,
        code: 'InvalidArgument',
        message: 'Parameter Detail is not valid. Reason: Detail is a required argument.',
      };
    try {
      value = JSON.parse(detail);
    } catch {
      return { ok: false, code: 'MalformedDetail', message: 'Detail is malformed.' };
    }
  }
  if (!isObject(value)) return { ok: false, code: 'MalformedDetail', message: 'Detail is malformed.' };
  const list = Array.isArray(resources) ? resources.filter((r): r is string => typeof r === 'string') : [];
  return {
    ok: true,
    source,
    detailType,
    detail: value,
    resources: list,
    time: typeof time === 'string' ? time : null,
    id: typeof id === 'string' ? id : null,
  };
}

/**
 * The entries of a PutEvents-like payload: `{ Entries: [{ Source, DetailType, Detail (JSON
 * text), Resources, Time }] }`, or one bare event `{ source, "detail-type", detail }` (what
 * a producer or another bus sends). Anything else is one refused entry.
 */
export function parsePutEvents(payload: unknown): PutEntry[] {
  if (isObject(payload) && Array.isArray(payload.Entries)) {
    return payload.Entries.map((e: unknown) =>
      isObject(e)
        ? entryOf(e.Source, e.DetailType, e.Detail, e.Resources, e.Time, null, true)
        : { ok: false, code: 'InvalidArgument', message: 'An entry is not an object.' },
    );
  }
  if (isObject(payload) && ('source' in payload || 'detail-type' in payload)) {
    return [
      entryOf(
        payload.source,
        payload['detail-type'],
        payload.detail ?? {},
        payload.resources,
        payload.time,
        payload.id,
        false,
      ),
    ];
  }
  return [
    {
      ok: false,
      code: 'InvalidArgument',
      message:
        'Not a PutEvents request: send { "Entries": [{ "Source", "DetailType", "Detail" }] } or an event { "source", "detail-type", "detail" }.',
    },
  ];
}

function utf8Size(text: unknown): number {
  if (typeof text !== 'string') return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/**
 * Why EventBridge refuses a whole PutEvents request (more than 10 entries, or entries over
 * 1 MiB counted as AWS does: Time 14 bytes, Source, DetailType, Detail and each resource), or null.
 */
export function putEventsRefusal(payload: unknown): { code: string; message: string } | null {
  if (!isObject(payload) || !Array.isArray(payload.Entries)) return null;
  const entries = payload.Entries;
  if (entries.length > PUT_EVENTS_MAX_ENTRIES) {
    return {
      code: 'ValidationException',
      message: `1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length less than or equal to ${PUT_EVENTS_MAX_ENTRIES}`,
    };
  }
  let size = 0;
  for (const e of entries) {
    if (!isObject(e)) continue;
    size +=
      (e.Time !== undefined ? 14 : 0) + utf8Size(e.Source) + utf8Size(e.DetailType) + utf8Size(e.Detail);
    if (Array.isArray(e.Resources)) for (const r of e.Resources) size += utf8Size(r);
  }
  if (size > PUT_EVENTS_MAX_BYTES)
    return {
      code: 'ValidationException',
      message: 'Total size of the entries in the request is over the limit.',
    };
  return null;
}

/** The envelope EventBridge fills in around an accepted entry. */
export function busEvent(
  e: Extract<PutEntry, { ok: true }>,
  id: string,
  account: string,
  region: string,
  nowIso: string,
): BusEvent {
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
