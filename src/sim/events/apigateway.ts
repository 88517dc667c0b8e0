/** What API Gateway knows about a request when it builds the Lambda proxy event. */
export interface ProxyRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** The raw query string, without '?'. */
  rawQuery: string;
  headers: Record<string, string>;
  body: string | null;
  routeKey: string;
  /** The configured resource path, e.g. /orders/{id}. */
  resource: string;
  pathParameters: Record<string, string> | null;
  apiId: string;
  stage: string;
  region: string;
  accountId: string;
  requestId: string;
  epochMs: number;
  sourceIp: string;
  /** The API key the caller sent (REST identity.apiKey). */
  apiKey: string | null;
  apiKeyId: string | null;
  /** Set when an authorizer allowed the request. */
  principalId: string | null;
}

/** REST API Lambda proxy integration input: payload format 1.0. */
export function restProxyEvent(r: ProxyRequest): Record<string, unknown> {
  const multiHeaders: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(r.headers)) multiHeaders[k] = [v];
  const multiQuery = parseQuery(r.rawQuery);
  const hasQuery = Object.keys(multiQuery).length > 0;
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(multiQuery)) query[k] = v[v.length - 1]!;
  const domainName = `${r.apiId}.execute-api.${r.region}.amazonaws.com`;
  return {
    resource: r.resource,
    path: r.path,
    httpMethod: r.method,
    headers: r.headers,
    multiValueHeaders: multiHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: r.pathParameters,
    stageVariables: null,
    requestContext: {
      accountId: r.accountId,
      apiId: r.apiId,
      ...(r.principalId ? { authorizer: { principalId: r.principalId, integrationLatency: 0 } } : {}),
      domainName,
      domainPrefix: r.apiId,
      extendedRequestId: r.requestId,
      httpMethod: r.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: r.apiKey,
        apiKeyId: r.apiKeyId,
        caller: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: r.sourceIp,
        user: null,
        userAgent: headerOf(r.headers, 'user-agent') ?? '',
        userArn: null,
      },
      path: `/${r.stage}${r.path}`,
      protocol: 'HTTP/1.1',
      requestId: r.requestId,
      requestTime: clfTime(r.epochMs),
      requestTimeEpoch: r.epochMs,
      resourceId: r.apiId.slice(0, 6),
      resourcePath: r.resource,
      stage: r.stage,
    },
    body: r.body,
    isBase64Encoded: false,
  };
}

/** HTTP API Lambda proxy integration input: payload format 2.0. */
export function httpProxyEvent(r: ProxyRequest): Record<string, unknown> {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [k, v] of Object.entries(r.headers)) {
    const name = k.toLowerCase();
    if (name === 'cookie')
      cookies.push(
        ...v
          .split(';')
          .map((c) => c.trim())
          .filter(Boolean),
      );
    else headers[name] = headers[name] === undefined ? v : `${headers[name]},${v}`;
  }
  const multiQuery = parseQuery(r.rawQuery);
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(multiQuery)) query[k] = v.join(',');
  return {
    version: '2.0',
    routeKey: r.routeKey,
    rawPath: r.path,
    rawQueryString: r.rawQuery,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(r.rawQuery ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: r.accountId,
      apiId: r.apiId,
      ...(r.principalId ? { authorizer: { lambda: { principalId: r.principalId } } } : {}),
      domainName: `${r.apiId}.execute-api.${r.region}.amazonaws.com`,
      domainPrefix: r.apiId,
      http: {
        method: r.method,
        path: r.path,
        protocol: 'HTTP/1.1',
        sourceIp: r.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: r.requestId,
      routeKey: r.routeKey,
      stage: r.stage,
      time: clfTime(r.epochMs),
      timeEpoch: r.epochMs,
    },
    ...(r.body !== null ? { body: r.body } : {}),
    ...(r.pathParameters ? { pathParameters: r.pathParameters } : {}),
    isBase64Encoded: false,
  };
}

/** Query string to name -> values, decoded. */
export function parseQuery(raw: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!raw) return out;
  for (const pair of raw.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const k = decode(eq === -1 ? pair : pair.slice(0, eq));
    const v = eq === -1 ? '' : decode(pair.slice(eq + 1));
    (out[k] ??= []).push(v);
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Common Log Format time, as API Gateway writes requestTime: 12/Mar/2020:19:03:58 +0000. */
export function clfTime(epochMs: number): string {
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
