// SNS filter-policy cases from the SNS developer guide pages sns-subscription-filter-policies,
// string-value-matching, numeric-value-matching, attribute-key-matching, and-or-logic and
// subscription-filter-policy-constraints.
import type { FilterPolicyScope, SnsMessage, SnsMessageAttribute } from './snsMessage.ts';

export interface PolicyCase {
  readonly name: string;
  readonly policy: unknown;
  readonly message: SnsMessage;
  readonly scope: FilterPolicyScope;
  readonly expected: boolean;
}

export interface InvalidPolicyCase {
  readonly name: string;
  readonly policy: unknown;
  readonly scope: FilterPolicyScope;
  readonly mention: string;
}

/** Attributes from plain values: strings are String, numbers Number, arrays String.Array. */
export function attrs(values: Record<string, unknown>): SnsMessage {
  const attributes: Record<string, SnsMessageAttribute> = {};
  for (const [name, v] of Object.entries(values)) {
    if (Array.isArray(v)) attributes[name] = { DataType: 'String.Array', StringValue: JSON.stringify(v) };
    else if (typeof v === 'number') attributes[name] = { DataType: 'Number', StringValue: String(v) };
    else if (typeof v === 'string') attributes[name] = { DataType: 'String', StringValue: v };
    else attributes[name] = v as SnsMessageAttribute;
  }
  return { attributes };
}

const body = (value: unknown): SnsMessage => ({
  body: typeof value === 'string' ? value : JSON.stringify(value),
});

const cases: PolicyCase[] = [];
function a(name: string, policy: unknown, values: Record<string, unknown>, expected: boolean): void {
  cases.push({ name, policy, message: attrs(values), scope: 'MessageAttributes', expected });
}
function b(name: string, policy: unknown, message: unknown, expected: boolean): void {
  cases.push({ name, policy, message: body(message), scope: 'MessageBody', expected });
}

// --- MessageAttributes scope ---
const interests = { customer_interests: ['rugby', 'tennis'] };
a('exact: rugby', interests, { customer_interests: 'rugby' }, true);
a('exact: tennis', interests, { customer_interests: 'tennis' }, true);
a('exact: baseball', interests, { customer_interests: 'baseball' }, false);
a('exact: String.Array element matches', interests, { customer_interests: ['rugby', 'tennis'] }, true);
a('exact: String.Array without a listed element', interests, { customer_interests: ['baseball'] }, false);
a('exact: case-sensitive', interests, { customer_interests: 'Rugby' }, false);
a('exact: missing attribute', interests, { store: 'example_corp' }, false);
a(
  'AND across keys: both',
  { store: ['example_corp'], event: ['order_placed'] },
  { store: 'example_corp', event: 'order_placed' },
  true,
);
a(
  'AND across keys: one wrong',
  { store: ['example_corp'], event: ['order_placed'] },
  { store: 'example_corp', event: 'order_cancelled' },
  false,
);
a('extra attributes are ignored', { store: ['example_corp'] }, { store: 'example_corp', other: 'x' }, true);
a('number: Number attribute equal', { price_usd: [301.5] }, { price_usd: 301.5 }, true);
a(
  'number: Number attribute in exponent form',
  { price_usd: [301.5] },
  { price_usd: { DataType: 'Number', StringValue: '3.015e2' } },
  true,
);
a('number: String attribute "301.5" is not a number', { price_usd: [301.5] }, { price_usd: '301.5' }, false);
a('string "5" does not match Number 5', { n: ['5'] }, { n: 5 }, false);
a(
  'numeric =: 3.015e2',
  { price_usd: [{ numeric: ['=', 301.5] }] },
  { price_usd: { DataType: 'Number', StringValue: '3.015e2' } },
  true,
);
a('numeric range: inside', { price_usd: [{ numeric: ['>', 0, '<=', 150] }] }, { price_usd: 100 }, true);
a(
  'numeric range: upper bound included',
  { price_usd: [{ numeric: ['>', 0, '<=', 150] }] },
  { price_usd: 150 },
  true,
);
a('numeric range: outside', { price_usd: [{ numeric: ['>', 0, '<=', 150] }] }, { price_usd: 151 }, false);
a(
  'numeric range: lower bound open',
  { price_usd: [{ numeric: ['>', 0, '<=', 150] }] },
  { price_usd: 0 },
  false,
);
a('numeric on a String attribute', { price_usd: [{ numeric: ['>', 0] }] }, { price_usd: '100' }, false);
a(
  'numeric on a custom Number type',
  { n: [{ numeric: ['<', 10] }] },
  { n: { DataType: 'Number.float', StringValue: '2.5' } },
  true,
);
a(
  'anything-but: baseball',
  { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] },
  { customer_interests: 'baseball' },
  true,
);
a(
  'anything-but: rugby',
  { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] },
  { customer_interests: 'rugby' },
  false,
);
a(
  'anything-but: String.Array with one listed element (current docs: no match)',
  { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] },
  { customer_interests: ['rugby', 'baseball'] },
  false,
);
a(
  'anything-but: String.Array with no listed element',
  { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] },
  { customer_interests: ['baseball', 'football'] },
  true,
);
a(
  'anything-but prefix: String.Array, every element must pass',
  { event: [{ 'anything-but': { prefix: 'order-' } }] },
  { event: ['data', 'order-x'] },
  false,
);
a(
  'anything-but or exact on a String.Array: the exact value is enough',
  { event: [{ 'anything-but': ['a'] }, 'a'] },
  { event: ['a', 'b'] },
  true,
);
a(
  'anything-but: String.Array of only excluded values',
  { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] },
  { customer_interests: ['rugby', 'tennis'] },
  false,
);
a('anything-but numbers: 101', { price: [{ 'anything-but': [100, 500] }] }, { price: 101 }, true);
a('anything-but numbers: 100.1', { price: [{ 'anything-but': [100, 500] }] }, { price: 100.1 }, true);
a('anything-but numbers: 100', { price: [{ 'anything-but': [100, 500] }] }, { price: 100 }, false);
a(
  'anything-but: missing attribute',
  { customer_interests: [{ 'anything-but': ['rugby'] }] },
  { store: 'x' },
  false,
);
a(
  'anything-but or exists:false: missing attribute',
  { customer_interests: [{ 'anything-but': ['rugby'] }, { exists: false }] },
  { store: 'x' },
  true,
);
a(
  'anything-but prefix: data-entry',
  { event: [{ 'anything-but': { prefix: 'order-' } }] },
  { event: 'data-entry' },
  true,
);
a(
  'anything-but prefix: order_number',
  { event: [{ 'anything-but': { prefix: 'order-' } }] },
  { event: 'order_number' },
  true,
);
a(
  'anything-but prefix: order-cancelled',
  { event: [{ 'anything-but': { prefix: 'order-' } }] },
  { event: 'order-cancelled' },
  false,
);
a('prefix: baseball', { customer_interests: [{ prefix: 'bas' }] }, { customer_interests: 'baseball' }, true);
a(
  'prefix: basketball',
  { customer_interests: [{ prefix: 'bas' }] },
  { customer_interests: 'basketball' },
  true,
);
a('prefix: rugby', { customer_interests: [{ prefix: 'bas' }] }, { customer_interests: 'rugby' }, false);
a('suffix: baseball', { customer_interests: [{ suffix: 'ball' }] }, { customer_interests: 'baseball' }, true);
a('suffix: rugby', { customer_interests: [{ suffix: 'ball' }] }, { customer_interests: 'rugby' }, false);
a(
  'equals-ignore-case: TENNIS',
  { customer_interests: [{ 'equals-ignore-case': 'tennis' }] },
  { customer_interests: 'TENNIS' },
  true,
);
a(
  'equals-ignore-case: tennis2',
  { customer_interests: [{ 'equals-ignore-case': 'tennis' }] },
  { customer_interests: 'tennis2' },
  false,
);
a(
  'exists:true: present',
  { store: [{ exists: true }] },
  { store: 'fans', customer_interests: ['baseball'] },
  true,
);
a('exists:true: absent', { store: [{ exists: true }] }, { customer_interests: ['baseball'] }, false);
a('exists:false: absent', { store: [{ exists: false }] }, { customer_interests: ['baseball'] }, true);
a('exists:false: present', { store: [{ exists: false }] }, { store: 'fans' }, false);
a('exists:false with no attributes at all', { store: [{ exists: false }] }, {}, false);
a(
  'Binary attributes are ignored: exists:true',
  { sig: [{ exists: true }] },
  { sig: { DataType: 'Binary', BinaryValue: 'AQID' }, region: 'EU' },
  false,
);
a(
  'Binary attributes are ignored: exists:false',
  { sig: [{ exists: false }] },
  { sig: { DataType: 'Binary', BinaryValue: 'AQID' }, region: 'EU' },
  true,
);
a('cidr: 10.0.0.255 in /24', { source_ip: [{ cidr: '10.0.0.0/24' }] }, { source_ip: '10.0.0.255' }, true);
a('cidr: 10.1.1.0 outside /24', { source_ip: [{ cidr: '10.0.0.0/24' }] }, { source_ip: '10.1.1.0' }, false);
a('cidr: IPv6', { source_ip: [{ cidr: '2001:db8::/32' }] }, { source_ip: '2001:db8::5' }, true);
a(
  '$or: first branch',
  { $or: [{ source: ['aws.cloudwatch'] }, { metricName: ['CPUUtilization'] }] },
  { source: 'aws.cloudwatch' },
  true,
);
a(
  '$or: second branch',
  { $or: [{ source: ['aws.cloudwatch'] }, { metricName: ['CPUUtilization'] }] },
  { metricName: 'CPUUtilization' },
  true,
);
a(
  '$or: neither',
  { $or: [{ source: ['aws.cloudwatch'] }, { metricName: ['CPUUtilization'] }] },
  { metricName: 'ReadLatency' },
  false,
);
a(
  '$or with AND outside',
  { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] },
  { source: 'aws.cloudwatch', namespace: 'AWS/EC2' },
  true,
);
a(
  'delivered Type/Value shape also works',
  { store: ['fans'] },
  { store: { Type: 'String', Value: 'fans' } },
  true,
);

// --- MessageBody scope ---
b('body: exact string', interests, { customer_interests: 'rugby' }, true);
b('body: exact string no match', interests, { customer_interests: 'baseball' }, false);
b('body: array element matches', interests, { customer_interests: ['baseball', 'tennis'] }, true);
b(
  'body: anything-but with an array holding another value',
  { customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] },
  { customer_interests: ['rugby', 'baseball'] },
  true,
);
b('body: number vs number', { price: [100] }, { price: 100 }, true);
b('body: number vs "100"', { price: [100] }, { price: '100' }, false);
b('body: numeric on a string', { price: [{ numeric: ['>', 1] }] }, { price: '100' }, false);
b('body: boolean', { vip: [true] }, { vip: true }, true);
b('body: null', { coupon: [null] }, { coupon: null }, true);
b('body: nested keys', { store: { name: ['fans'] } }, { store: { name: 'fans', city: 'x' } }, true);
b('body: nested keys, wrong value', { store: { name: ['fans'] } }, { store: { name: 'other' } }, false);
b('body: nested key missing', { store: { name: ['fans'] } }, { store: 'fans' }, false);
b('body: deeply nested', { a: { b: { c: [{ prefix: 'x' }] } } }, { a: { b: { c: 'xyz' } } }, true);
b('body: array of objects', { items: { sku: ['A1'] } }, { items: [{ sku: 'B2' }, { sku: 'A1' }] }, true);
b('body: exists:true with null is not present', { store: [{ exists: true }] }, { store: null }, false);
b('body: exists:true with empty string is not present', { store: [{ exists: true }] }, { store: '' }, false);
b('body: exists:false with null', { store: [{ exists: false }] }, { store: null }, true);
b('body: exists:false when absent', { store: [{ exists: false }] }, { other: 1 }, true);
b(
  'body: exists:true on a nested leaf',
  { store: { name: [{ exists: true }] } },
  { store: { name: 'fans' } },
  true,
);
b(
  'body: $or at a nested level',
  { store: { $or: [{ name: ['fans'] }, { id: [7] }] } },
  { store: { id: 7 } },
  true,
);
b('body: not JSON never matches', { store: [{ exists: false }] }, 'hello world', false);
b('body: JSON array never matches', { store: [{ exists: false }] }, '[1,2]', false);
cases.push({
  name: 'body: already-parsed object',
  policy: interests,
  message: { body: { customer_interests: 'tennis' } },
  scope: 'MessageBody',
  expected: true,
});
cases.push({
  name: 'body scope ignores attributes',
  policy: interests,
  message: { ...attrs({ customer_interests: 'rugby' }), body: '{}' },
  scope: 'MessageBody',
  expected: false,
});

export const FILTER_POLICY_CASES: readonly PolicyCase[] = cases;

const invalid: InvalidPolicyCase[] = [];
function bad(
  name: string,
  policy: unknown,
  mention: string,
  scope: FilterPolicyScope = 'MessageAttributes',
): void {
  invalid.push({ name, policy, scope, mention });
}
const values = (n: number): string[] => Array.from({ length: n }, (_, i) => `v${i}`);

bad('six keys', { k1: ['a'], k2: ['a'], k3: ['a'], k4: ['a'], k5: ['a'], k6: ['a'] }, 'has 6 keys');
bad(
  'six keys across $or branches',
  {
    k1: ['a'],
    $or: [
      { k2: ['a'], k3: ['a'] },
      { k4: ['a'], k5: ['a'], k6: ['a'] },
    ],
  },
  'has 6 keys',
);
bad('151 values in one key', { k: values(151) }, '151 combinations');
bad('3 x 51 combinations', { a: values(3), b: values(51) }, '153 combinations');
bad('$or branches add up past 150', { $or: [{ a: values(100) }, { b: values(51) }] }, '151 combinations');
bad(
  'nested key depth counts (guide example plus one key: 216)',
  {
    key_a: { key_b: { key_c: values(4) } },
    key_d: { key_e: values(3) },
    key_f: values(3),
  },
  '216 combinations',
  'MessageBody',
);
bad(
  'nested keys in MessageAttributes scope',
  { store: { name: ['fans'] } },
  'store: nested keys need FilterPolicyScope MessageBody',
);
bad(
  'nested keys inside $or in MessageAttributes scope',
  { $or: [{ a: ['1'] }, { b: { c: ['2'] } }] },
  '$or[1].b: nested keys',
);
bad('wildcard is EventBridge only', { f: [{ wildcard: 'a*' }] }, 'SNS does not support "wildcard"');
bad(
  'anything-but suffix (refused since 2024)',
  { f: [{ 'anything-but': { suffix: 'x' } }] },
  'SNS supports anything-but with prefix only',
);
bad(
  'anything-but equals-ignore-case',
  { f: [{ 'anything-but': { 'equals-ignore-case': 'x' } }] },
  'SNS supports anything-but with prefix only',
);
bad(
  'anything-but prefix list',
  { f: [{ 'anything-but': { prefix: ['a', 'b'] } }] },
  'anything-but prefix needs a string',
);
bad(
  'prefix with equals-ignore-case',
  { f: [{ prefix: { 'equals-ignore-case': 'a' } }] },
  'SNS does not support prefix',
);
bad(
  'numeric above 1e9',
  { f: [{ numeric: ['>', 1000000001] }] },
  'outside the range SNS compares (-1e9 to 1e9)',
);
bad('numeric with 6 decimals', { f: [{ numeric: ['=', 0.123456] }] }, 'more than 5 decimal places');
bad('exact number above 1e9', { f: [2e9] }, 'f: 2000000000 is outside the range');
bad('empty array', { f: [] }, 'f: empty arrays');
bad('leaf not in an array', { f: 'x' }, 'f: must be an array');
bad('not JSON', '{"f": [', 'not valid JSON');
bad('not an object', '["f"]', 'must be a JSON object');
bad('larger than 256 KB', { f: ['x'.repeat(270 * 1024)] }, '256 KB', 'MessageBody');

export const FILTER_POLICY_INVALID_CASES: readonly InvalidPolicyCase[] = invalid;
