import type { Reply } from '../../core/types';

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  /** Why the gateway answered so (span reason). */
  reason: string;
}

const json = { 'content-type': 'application/json' };

/** A gateway-generated answer with API Gateway's JSON message body. */
export function gatewayResponse(statusCode: number, message: string, reason: string): HttpResponse {
  return { statusCode, headers: { ...json }, body: JSON.stringify({ message }), reason };
}

/**
 * Maps a Lambda Invoke reply to the HTTP response of a proxy integration: REST APIs
 * (format 1.0) need a well-formed `{ statusCode, headers, body }` (else 502) and answer a
 * function error with 502; HTTP APIs (format 2.0) take a result without statusCode as a
 * 200 JSON body and answer errors with 500. A throttle or failed invoke is a 500.
 */
export function proxyResponse(reply: Reply, rest: boolean): HttpResponse {
  const internal = rest ? 'Internal server error' : 'Internal Server Error';
  if (reply.status !== 200)
    return gatewayResponse(500, internal, reply.status === 429 ? 'lambda-throttled' : 'invoke-failed');
  if (reply.functionError) return gatewayResponse(rest ? 502 : 500, internal, 'function-error');
  const v = reply.body;
  const isObj = typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!rest && !(isObj && 'statusCode' in v)) {
    const body = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
    return { statusCode: 200, headers: { ...json }, body, reason: 'integration' };
  }
  if (!isObj) return gatewayResponse(rest ? 502 : 500, internal, 'malformed-response');
  const r = v as Record<string, unknown>;
  const code =
    typeof r.statusCode === 'string' && /^\d+$/.test(r.statusCode) ? Number(r.statusCode) : r.statusCode;
  const bodyOk = r.body === undefined || r.body === null || typeof r.body === 'string';
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 599 || (rest && !bodyOk)) {
    return gatewayResponse(rest ? 502 : 500, internal, 'malformed-response');
  }
  const headers: Record<string, string> = {};
  if (r.multiValueHeaders && typeof r.multiValueHeaders === 'object') {
    for (const [k, vs] of Object.entries(r.multiValueHeaders as Record<string, unknown>))
      if (Array.isArray(vs)) headers[k] = vs.map(String).join(',');
  }
  if (r.headers && typeof r.headers === 'object')
    for (const [k, hv] of Object.entries(r.headers as Record<string, unknown>)) headers[k] = String(hv);
  const body =
    typeof r.body === 'string'
      ? r.body
      : r.body === undefined || r.body === null
        ? ''
        : JSON.stringify(r.body);
  return { statusCode: code, headers, body, reason: 'integration' };
}
