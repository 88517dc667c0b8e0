// Which names (environment variables, header and setting keys) say that their value is a secret.

const SECRET_WORDS = new Set([
  'SECRET',
  'SECRETS',
  'PASSWORD',
  'PASSWD',
  'PWD',
  'PASSPHRASE',
  'TOKEN',
  'CREDENTIAL',
  'CREDENTIALS',
  'APIKEY',
  'AUTHORIZATION',
]);
// "KEY" alone is too common (PARTITION_KEY, SORT_KEY, S3_KEY): only these kinds of key are secrets.
const SECRET_KEY_KINDS = new Set([
  'API',
  'ACCESS',
  'SECRET',
  'PRIVATE',
  'AUTH',
  'SIGNING',
  'ENCRYPTION',
  'CLIENT',
  'LICENSE',
  'MASTER',
  'SERVICE',
  'APP',
  'WEBHOOK',
  'SESSION',
  'HMAC',
]);
// A name ending in one of these holds something about a secret, not the secret: SECRET_ARN, TOKEN_URL.
const REFERENCE_ENDINGS = new Set([
  'ARN',
  'NAME',
  'ID',
  'URL',
  'URI',
  'ENDPOINT',
  'PATH',
  'FILE',
  'PREFIX',
  'REGION',
  'HEADER',
  'TTL',
  'EXPIRY',
  'EXPIRES',
  'EXPIRATION',
  'LENGTH',
  'TYPE',
  'VERSION',
  'FIELD',
  'PARAM',
  'PARAMETER',
  'ALIAS',
  'SIZE',
  'COUNT',
  'TIMEOUT',
  'ENABLED',
]);

/** The words of a name: `dbPassword`, `DB_PASSWORD` and `x-db-password` all give DB, PASSWORD. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase());
}

/** Whether a value stored under this name is meant to be secret (API_TOKEN yes, TOKEN_URL no). */
export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  if (last === undefined || REFERENCE_ENDINGS.has(last)) return false;
  return words.some(
    (w, i) =>
      SECRET_WORDS.has(w) || (w === 'KEY' && (words.length === 1 || SECRET_KEY_KINDS.has(words[i - 1]!))),
  );
}

/** The looser test for a 40-character AWS secret key: any name with SECRET, KEY, TOKEN or PASSWORD. */
export function mentionsSecret(name: string): boolean {
  return /secret|key|token|passw|credential/i.test(name);
}
