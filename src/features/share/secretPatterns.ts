import { decodeBase64Url } from './base64url';
import { decodeUtf8 } from '../../lib/utf8';
import { isSecretName, mentionsSecret } from './secretNames';

export type SecretKind =
  | 'privateKey'
  | 'awsAccessKeyId'
  | 'awsSecretKey'
  | 'githubToken'
  | 'slackToken'
  | 'slackWebhook'
  | 'jwt'
  | 'bearerToken'
  | 'basicAuth'
  | 'urlPassword'
  | 'password'
  | 'namedSecret';

export const SECRET_TITLES: Readonly<Record<SecretKind, string>> = {
  privateKey: 'Private key',
  awsAccessKeyId: 'AWS access key ID',
  awsSecretKey: 'AWS secret access key',
  githubToken: 'GitHub token',
  slackToken: 'Slack token',
  slackWebhook: 'Slack webhook URL',
  jwt: 'JSON Web Token',
  bearerToken: 'Bearer token',
  basicAuth: 'Basic auth credentials',
  urlPassword: 'Password in a URL',
  password: 'Password or key assignment',
  namedSecret: 'Value of a secret-named variable',
};

/** One secret in a text: where it starts and the exact characters to leave out of an export. */
export interface SecretMatch {
  kind: SecretKind;
  index: number;
  secret: string;
}

/** What holds the text: the environment variable or setting key it is the value of, if any. */
export interface ScanContext {
  name?: string;
}

interface Detector {
  kind: SecretKind;
  pattern: RegExp;
  /** Which capture group is the secret (0: the whole match). */
  group?: number;
  accept?: (secret: string, text: string, index: number, ctx: ScanContext) => boolean;
}

// AWS's documentation uses keys ending in EXAMPLE (AKIAIOSFODNN7EXAMPLE): placeholders, not secrets.
const notAwsExample = (s: string) => !s.includes('EXAMPLE');
const mixedCase = (s: string) => /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9/+]/.test(s);

// Earlier detectors win where matches overlap: the most specific name for a secret.
const DETECTORS: readonly Detector[] = [
  {
    kind: 'privateKey',
    pattern:
      /-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  { kind: 'awsAccessKeyId', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, accept: notAwsExample },
  {
    kind: 'awsSecretKey',
    pattern: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    accept: (s, text, index, ctx) =>
      mixedCase(s) &&
      notAwsExample(s) &&
      ((ctx.name !== undefined && mentionsSecret(ctx.name)) ||
        /aws.?secret|secret.?access.?key/i.test(text.slice(Math.max(0, index - 100), index))),
  },
  { kind: 'githubToken', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { kind: 'slackToken', pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,}/g },
  {
    kind: 'slackWebhook',
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g,
  },
  {
    kind: 'jwt',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/g,
    accept: jwtHeader,
  },
  {
    kind: 'bearerToken',
    pattern: /\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)/g,
    group: 1,
    accept: (s) => !isPlaceholder(s),
  },
  {
    kind: 'basicAuth',
    pattern: /\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})(?![\w+/=])/g,
    group: 1,
    accept: basicPair,
  },
  {
    kind: 'urlPassword',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/?#"'`]+:([^\s@/?#"'`]+)@/gi,
    group: 1,
    accept: (s) => !isPlaceholder(s),
  },
  {
    kind: 'password',
    // key = value, key: value, "key": "value": the key ends in a secret word, the value is a literal.
    pattern:
      /(?<![\w-])[\w-]*?(?:password|passwd|pwd|passphrase|secret|api[_-]?key|secret[_-]?key|private[_-]?key|access[_-]?token|auth[_-]?token|token)["']?(\s*)([:=])(\s*)(?:(["'`])([^\n"'`]{1,200}?)\4|([^\s"'`,;&)}\]<>]+))/gi,
    accept: () => true,
  },
];

/**
 * Every secret-looking string in `text`, in order, overlaps resolved for the most specific kind.
 * A value held under a secret-sounding name (`ctx.name`, e.g. API_TOKEN) counts as a secret when
 * it looks like one (long enough, not a placeholder, not a reference such as an ARN or a URL).
 */
export function scanText(text: string, ctx: ScanContext = {}): SecretMatch[] {
  const found: SecretMatch[] = [];
  for (const d of DETECTORS) {
    for (const m of text.matchAll(d.pattern)) {
      const hit = d.kind === 'password' ? assignment(m) : { secret: m[d.group ?? 0] ?? '', offset: 0 };
      if (!hit || hit.secret === '') continue;
      const index = m.index + (d.kind === 'password' ? hit.offset : m[0].indexOf(hit.secret));
      if (d.accept && !d.accept(hit.secret, text, index, ctx)) continue;
      if (!overlaps(found, index, hit.secret.length)) found.push({ kind: d.kind, index, secret: hit.secret });
    }
  }
  const value = text.trim();
  const named = ctx.name !== undefined && isSecretName(ctx.name);
  if (named && found.length === 0 && looksLikeSecretValue(value) && notAwsExample(value)) {
    found.push({ kind: 'namedSecret', index: text.indexOf(value), secret: value });
  }
  return found.sort((a, b) => a.index - b.index);
}

function assignment(m: RegExpMatchArray): { secret: string; offset: number } | null {
  const [whole, spaceBefore, sep, spaceAfter, , quoted, bare] = m;
  const secret = quoted ?? bare ?? '';
  if (secret.length < 4 || isPlaceholder(secret)) return null;
  // An unquoted value after "= " or ":" is code (`password = event.password`) or an ARN
  // (`secret:db-AbC`), not a literal; "password=hunter2" with nothing around the "=" is a query
  // string, a .env line, a connection string.
  if (bare !== undefined && (spaceBefore !== '' || spaceAfter !== '' || sep === ':' || memberPath.test(bare)))
    return null;
  return { secret, offset: whole.lastIndexOf(secret) };
}

const memberPath = /^[A-Za-z_$][\w$]*(\.[\w$]+)+$/;

const PLACEHOLDER =
  /^(?:\*+|x+|\.{3,}|…|<[^>]*>|\{\{.*\}\}|\$\{.*\}|\$[A-Z_]+|%[A-Z_]+%|changeme|password|secret|redacted|removed|none|null|undefined|true|false|string|your[\w-]*)$/i;

export const isPlaceholder = (value: string): boolean => PLACEHOLDER.test(value.trim());

/** A value that could be a credential: long enough, no spaces, not a reference or a placeholder. */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 8 || value.length > 4096 || /\s/.test(value) || isPlaceholder(value)) return false;
  if (/^(?:arn:|alias\/|[a-z][a-z0-9+.-]*:\/\/|\/)/i.test(value) || /^[\d.,:-]+$/.test(value)) return false;
  const letters = /[A-Za-z]/.test(value);
  const digitsOrSymbols = /[^A-Za-z]/.test(value);
  return (letters && digitsOrSymbols) || value.length >= 16;
}

function jwtHeader(token: string): boolean {
  const header = decodeBase64Url(token.slice(0, token.indexOf('.')));
  if (!header.ok) return false;
  try {
    const parsed: unknown = JSON.parse(decodeUtf8(header.value) ?? '');
    return typeof parsed === 'object' && parsed !== null && 'alg' in parsed;
  } catch {
    return false;
  }
}

/** "Basic" credentials are base64 of "user:password". */
function basicPair(encoded: string): boolean {
  const bytes = decodeBase64Url(encoded);
  const text = bytes.ok ? decodeUtf8(bytes.value) : null;
  return text !== null && /^[^:\s]+:\S+$/.test(text);
}

const overlaps = (found: SecretMatch[], index: number, length: number): boolean =>
  found.some((f) => index < f.index + f.secret.length && f.index < index + length);
