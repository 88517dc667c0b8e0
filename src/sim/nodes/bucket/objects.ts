import { md5Hex, utf8Bytes } from '../../events/md5';
import type { S3EventName } from '../../events/s3';

export interface S3Object {
  key: string;
  body: string;
  size: number;
  /** MD5 of the body, hex (S3's ETag for a single-part upload). */
  eTag: string;
  lastModified: number;
  contentType: string;
}

export class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ObjectResult {
  status: number;
  body: Record<string, unknown>;
  change: { eventName: S3EventName; object: S3Object } | null;
  key: string | null;
}

type Params = Record<string, unknown>;

/** The objects of one bucket and the S3 operations on them. */
export class ObjectStore {
  readonly objects = new Map<string, S3Object>();

  constructor(readonly bucket: string) {}

  /** Runs one operation at virtual time `now` (epoch ms for LastModified); throws S3Error. */
  execute(operation: string, params: Params, epochMs: number): ObjectResult {
    const key = typeof params.Key === 'string' ? params.Key : null;
    const needKey = (): string => {
      if (key === null || key.length === 0 || key.length > 1024)
        throw new S3Error(400, 'InvalidArgument', 'Key must be a string of 1 to 1,024 characters');
      return key;
    };
    switch (operation) {
      case 'PutObject': {
        const body =
          typeof params.Body === 'string'
            ? params.Body
            : params.Body === undefined
              ? ''
              : JSON.stringify(params.Body);
        const obj = this.write(
          needKey(),
          body,
          typeof params.ContentType === 'string' ? params.ContentType : 'application/octet-stream',
          epochMs,
        );
        return {
          status: 200,
          body: { ETag: `"${obj.eTag}"` },
          change: { eventName: 'ObjectCreated:Put', object: obj },
          key,
        };
      }
      case 'GetObject':
      case 'HeadObject': {
        const obj = this.objects.get(needKey());
        if (!obj)
          throw operation === 'GetObject'
            ? new S3Error(404, 'NoSuchKey', 'The specified key does not exist.')
            : new S3Error(404, 'NotFound', 'Not Found');
        const meta = {
          ContentLength: obj.size,
          ContentType: obj.contentType,
          ETag: `"${obj.eTag}"`,
          LastModified: new Date(obj.lastModified).toISOString(),
        };
        return {
          status: 200,
          body: operation === 'GetObject' ? { Body: obj.body, ...meta } : meta,
          change: null,
          key,
        };
      }
      case 'DeleteObject': {
        const obj = this.objects.get(needKey());
        this.objects.delete(key!);
        // Deleting a missing key succeeds too (204); only a real removal is notified here.
        return {
          status: 204,
          body: {},
          change: obj ? { eventName: 'ObjectRemoved:Delete', object: obj } : null,
          key,
        };
      }
      case 'CopyObject': {
        const source =
          typeof params.CopySource === 'string'
            ? decodeURIComponent(params.CopySource.replace(/^\//, ''))
            : '';
        const slash = source.indexOf('/');
        const from =
          slash > 0 && source.slice(0, slash) === this.bucket
            ? this.objects.get(source.slice(slash + 1))
            : undefined;
        if (!from) throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.');
        const obj = this.write(needKey(), from.body, from.contentType, epochMs);
        return {
          status: 200,
          body: {
            CopyObjectResult: { ETag: `"${obj.eTag}"`, LastModified: new Date(epochMs).toISOString() },
          },
          change: { eventName: 'ObjectCreated:Copy', object: obj },
          key,
        };
      }
      case 'ListObjectsV2':
        return { status: 200, body: this.list(params), change: null, key: null };
      default:
        throw new S3Error(
          400,
          'InvalidRequest',
          `Unknown operation ${operation}: use PutObject, GetObject, HeadObject, DeleteObject, CopyObject or ListObjectsV2`,
        );
    }
  }

  private write(key: string, body: string, contentType: string, epochMs: number): S3Object {
    const obj: S3Object = {
      key,
      body,
      size: utf8Bytes(body).length,
      eTag: md5Hex(body),
      lastModified: epochMs,
      contentType,
    };
    this.objects.set(key, obj);
    return obj;
  }

  /** Keys in UTF-8 binary order, Prefix, Delimiter (CommonPrefixes), MaxKeys, StartAfter / ContinuationToken. */
  private list(params: Params): Record<string, unknown> {
    const prefix = typeof params.Prefix === 'string' ? params.Prefix : '';
    const delimiter =
      typeof params.Delimiter === 'string' && params.Delimiter !== '' ? params.Delimiter : null;
    const maxKeys = typeof params.MaxKeys === 'number' ? Math.max(0, Math.min(1000, params.MaxKeys)) : 1000;
    const after =
      typeof params.ContinuationToken === 'string'
        ? params.ContinuationToken
        : typeof params.StartAfter === 'string'
          ? params.StartAfter
          : '';
    const keys = [...this.objects.keys()]
      .filter((k) => k.startsWith(prefix) && compareKeys(k, after) > 0)
      .sort(compareKeys);
    const contents: unknown[] = [];
    const common: string[] = [];
    let last = '';
    let truncated = false;
    for (const k of keys) {
      const cut = delimiter ? k.indexOf(delimiter, prefix.length) : -1;
      const group = cut >= 0 ? k.slice(0, cut + delimiter!.length) : null;
      if (group && common[common.length - 1] === group) continue;
      if (contents.length + common.length >= maxKeys) {
        truncated = true;
        break;
      }
      if (group) common.push(group);
      else {
        const o = this.objects.get(k)!;
        contents.push({
          Key: k,
          LastModified: new Date(o.lastModified).toISOString(),
          ETag: `"${o.eTag}"`,
          Size: o.size,
          StorageClass: 'STANDARD',
        });
      }
      last = group ?? k;
    }
    return {
      Name: this.bucket,
      Prefix: prefix,
      MaxKeys: maxKeys,
      KeyCount: contents.length + common.length,
      IsTruncated: truncated,
      ...(contents.length > 0 ? { Contents: contents } : {}),
      ...(common.length > 0 ? { CommonPrefixes: common.map((p) => ({ Prefix: p })) } : {}),
      ...(delimiter ? { Delimiter: delimiter } : {}),
      // After a common prefix, the token sorts after every key under it: U+10FFFF is the last code point.
      ...(truncated
        ? { NextContinuationToken: last.endsWith(delimiter ?? '\u0000') ? `${last}\u{10FFFF}` : last }
        : {}),
    };
  }
}

/**
 * S3's key order: UTF-8 bytes, which is code point order. UTF-16 code units sort the same
 * except that surrogates (U+D800-DFFF, i.e. code points above U+FFFF) must come after
 * U+E000-FFFF: shift both ranges at the first differing unit.
 */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}
