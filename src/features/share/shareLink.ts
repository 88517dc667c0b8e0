import { VIEW_ONLY_PART as VIEW_PART } from '../../components/location';
import { Inflate, strToU8, zlibSync } from 'fflate';
import { serializeFlow } from '../../format';
import type { Flow } from '../../model';
import { adler32 } from './adler32';
import { decodeBase64Url, encodeBase64Url, type Base64Error } from './base64url';

/** The fragment parameter a share link carries its flow in: `#flow=<data>`. */
export const FLOW_PARAM = 'flow';

/**
 * The data part of a share link: the flow's file text (minified: the fragment has no use for
 * indentation), zlib-compressed (its Adler-32 trailer lets a damaged link be told apart from a
 * different flow), as base64url. The flow never leaves the machine: a fragment is not sent to
 * the server.
 */
export function encodeFlowData(flow: Flow): string {
  const compact = JSON.stringify(JSON.parse(serializeFlow(flow)));
  return encodeBase64Url(zlibSync(strToU8(compact), { level: 9 }));
}

/** The share link of `flow` on the page at `pageUrl` (its own fragment, if any, is dropped). */
export function shareUrl(pageUrl: string, flow: Flow, view = false): string {
  return `${pageUrl.replace(/#.*$/s, '')}#${view ? `${VIEW_PART}&` : ''}${FLOW_PARAM}=${encodeFlowData(flow)}`;
}

/** Whether a location fragment asks for the view-only page. */
export function isViewOnly(hash: string): boolean {
  return hash.replace(/^#/, '').split('&').includes(VIEW_PART);
}

/** The flow data of a location fragment (`#flow=…`, maybe among other `&` parts), or null. */
export function readFlowParam(hash: string): string | null {
  const parts = hash.replace(/^#/, '').split('&');
  const prefix = `${FLOW_PARAM}=`;
  const part = parts.find((p) => p.startsWith(prefix));
  return part === undefined ? null : part.slice(prefix.length);
}

/** Why the data of a link could not be unpacked; `describeLinkError` words each for a person. */
export type LinkError =
  | { type: 'empty' }
  | { type: 'base64'; error: Base64Error }
  | { type: 'notCompressed' }
  | { type: 'cutOff' }
  | { type: 'corrupt'; reason: string }
  | { type: 'checksum' }
  | { type: 'tooLarge'; limit: number };

export type Unpacked = { ok: true; value: Uint8Array } | { ok: false; error: LinkError };

/**
 * The file bytes a link's data holds. Never throws. Unpacking stops past `maxBytes`, so a
 * crafted link cannot inflate into gigabytes.
 */
export function decodeFlowData(data: string, maxBytes: number): Unpacked {
  if (data === '') return fail({ type: 'empty' });
  const decoded = decodeBase64Url(data);
  if (!decoded.ok) return fail({ type: 'base64', error: decoded.error });
  const bytes = decoded.value;
  if (bytes.length < 2 || !isZlibHeader(bytes[0]!, bytes[1]!)) return fail({ type: 'notCompressed' });
  if (bytes.length < 7) return fail({ type: 'cutOff' });
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const tooLarge = new Error('too large');
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge;
    chunks.push(chunk);
    finished ||= final;
  });
  try {
    inflater.push(bytes.subarray(2, -4), true);
  } catch (e) {
    if (e === tooLarge) return fail({ type: 'tooLarge', limit: maxBytes });
    const reason = e instanceof Error ? e.message : String(e);
    return fail(/unexpected EOF/i.test(reason) ? { type: 'cutOff' } : { type: 'corrupt', reason });
  }
  if (!finished) return fail({ type: 'cutOff' });
  const out = concat(chunks, total);
  const t = bytes.length - 4;
  const expected = ((bytes[t]! << 24) | (bytes[t + 1]! << 16) | (bytes[t + 2]! << 8) | bytes[t + 3]!) >>> 0;
  return adler32(out) === expected ? { ok: true, value: out } : fail({ type: 'checksum' });
}

/** One sentence naming what is wrong with the link, for a person. */
export function describeLinkError(error: LinkError): string {
  switch (error.type) {
    case 'empty':
      return `The link has "#${FLOW_PARAM}=" but no data after it: it was cut off.`;
    case 'base64':
      return error.error.type === 'badCharacter'
        ? `The link's data contains "${error.error.character}" (character ${error.error.position + 1}), which a share link never does: it was changed on the way, e.g. by a chat app or an email client.`
        : `The link's data stops in the middle of a character group (${error.error.length} characters): it was cut off when it was copied.`;
    case 'notCompressed':
      return "The link's data is not a compressed flow: it is damaged, or it is not an Eventflow share link.";
    case 'cutOff':
      return "The link's data ends too early: it was cut off when it was copied (chat apps and email clients often cut long links).";
    case 'corrupt':
      return `The link's data is damaged and does not unpack (${error.reason}).`;
    case 'checksum':
      return "The link's data is damaged: it unpacks, but its checksum does not match what was packed.";
    case 'tooLarge':
      return `The link's data unpacks to more than ${Math.round(error.limit / (1024 * 1024))} MB, more than a flow file may be.`;
    default:
      return assertNever(error);
  }
}

// RFC 1950: method 8 (deflate), header check bits, and no preset dictionary.
const isZlibHeader = (cmf: number, flg: number): boolean =>
  (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0 && (flg & 0x20) === 0;

const fail = (error: LinkError): Unpacked => ({ ok: false, error });

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function assertNever(value: never): never {
  throw new Error(`unhandled link error ${JSON.stringify(value)}`);
}
