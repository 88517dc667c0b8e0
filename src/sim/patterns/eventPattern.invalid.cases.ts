// Invalid EventBridge patterns. `mention` is a piece of the expected message: usually the
// JSON path, so the tests also check that messages point at the right place.

export interface InvalidCase {
  readonly name: string;
  readonly pattern: unknown;
  readonly mention: string;
}

const cases: InvalidCase[] = [];
function bad(name: string, pattern: unknown, mention: string): void {
  cases.push({ name, pattern, mention });
}
const field = (value: unknown): unknown => ({ detail: { f: value } });

// Shape
bad('not JSON text', '{"source": [', 'not valid JSON');
bad('JSON text that is an array', '["aws.ec2"]', 'must be a JSON object');
bad('a number', 42, 'must be a JSON object');
bad('null', null, 'must be a JSON object');
bad('an array', [{ source: ['a'] }], 'must be a JSON object');
bad('empty pattern', {}, 'empty objects');
bad('empty nested object', { detail: {} }, 'detail: empty objects');
bad('leaf value not in an array (string)', { source: 'aws.ec2' }, 'source: must be an array');
bad('leaf value not in an array (number)', field(5), 'detail.f: must be an array');
bad('leaf value not in an array (null)', field(null), 'detail.f: must be an array');
bad('leaf value not in an array (boolean)', field(true), 'detail.f: must be an array');
bad('empty array', { source: [] }, 'source: empty arrays');
bad('nested array as a value', field([['a']]), 'detail.f: a match value');
bad('operator object with two keys', field([{ prefix: 'a', suffix: 'b' }]), 'exactly one key');
bad('operator object with no keys', field([{}]), 'exactly one key');
bad('unknown operator', field([{ contains: 'x' }]), 'unknown operator "contains"');
bad('misspelt operator', field([{ anything_but: 'x' }]), 'unknown operator');

// prefix / suffix / equals-ignore-case / wildcard operands
bad('prefix with a number', field([{ prefix: 5 }]), 'prefix needs a string');
bad('prefix with null', field([{ prefix: null }]), 'prefix needs a string');
bad('prefix with an unknown nested form', field([{ prefix: { wildcard: 'a*' } }]), 'detail.f');
bad('suffix with an array', field([{ suffix: ['.png'] }]), 'suffix needs a string');
bad(
  'equals-ignore-case with a number',
  field([{ 'equals-ignore-case': 1 }]),
  'equals-ignore-case needs a string',
);
bad('wildcard with two stars in a row', field([{ wildcard: 'a**b' }]), 'two * in a row');
bad('wildcard with a bad escape', field([{ wildcard: 'a\\b' }]), 'invalid escape');
bad('wildcard ending in a backslash', field([{ wildcard: 'abc\\' }]), 'invalid escape');
bad('wildcard with a number', field([{ wildcard: 3 }]), 'wildcard needs a string');

// anything-but
bad('anything-but null', field([{ 'anything-but': null }]), 'anything-but needs');
bad('anything-but boolean', field([{ 'anything-but': true }]), 'anything-but needs');
bad('anything-but empty list', field([{ 'anything-but': [] }]), 'anything-but needs');
bad(
  'anything-but mixed list',
  field([{ 'anything-but': ['a', 1] }]),
  'only strings or only numbers (not both)',
);
bad('anything-but list with null', field([{ 'anything-but': ['a', null] }]), 'anything-but needs');
bad(
  'anything-but list with a prefix object',
  field([{ 'anything-but': [{ prefix: 'a' }] }]),
  'anything-but needs',
);
bad(
  'anything-but unknown form',
  field([{ 'anything-but': { numeric: ['>', 1] } }]),
  'supports anything-but with',
);
bad(
  'anything-but form with two keys',
  field([{ 'anything-but': { prefix: 'a', suffix: 'b' } }]),
  'supports anything-but with',
);
bad('anything-but empty prefix', field([{ 'anything-but': { prefix: '' } }]), 'cannot be empty');
bad(
  'anything-but suffix with a number',
  field([{ 'anything-but': { suffix: 1 } }]),
  'anything-but suffix needs',
);
bad(
  'anything-but wildcard with two stars',
  field([{ 'anything-but': { wildcard: ['*/lib/**'] } }]),
  'two * in a row',
);
bad('anything-but empty form list', field([{ 'anything-but': { prefix: [] } }]), 'at least one string');
bad('anything-but number out of range', field([{ 'anything-but': 6e9 }]), 'outside the range');

// numeric
bad(
  'numeric with a string operand',
  { detail: { price: [{ numeric: ['>', 'abc'] }] } },
  'detail.price: numeric needs an operator followed by a number, got "abc"',
);
bad('numeric not a list', field([{ numeric: 5 }]), 'numeric needs a list');
bad('numeric empty list', field([{ numeric: [] }]), 'numeric needs a list');
bad('numeric unknown operator', field([{ numeric: ['!=', 5] }]), 'numeric needs an operator');
bad('numeric operator missing its number', field([{ numeric: ['>'] }]), 'got nothing after ">"');
bad('numeric number first', field([{ numeric: [5, '>'] }]), 'numeric needs an operator');
bad('numeric three comparisons', field([{ numeric: ['>', 0, '<', 5, '<', 6] }]), 'one comparison or a range');
bad('numeric "=" in a range', field([{ numeric: ['=', 1, '<', 5] }]), '"=" cannot be combined');
bad('numeric range in the wrong order', field([{ numeric: ['<', 5, '>', 0] }]), 'starts with > or >=');
bad('numeric range with two lower bounds', field([{ numeric: ['>', 0, '>=', 5] }]), 'ends with < or <=');
bad('numeric empty range', field([{ numeric: ['>', 5, '<', 1] }]), 'range is empty');
bad('numeric above +5e9', field([{ numeric: ['>', 5.1e9] }]), 'outside the range');
bad('numeric below -5e9', field([{ numeric: ['<', -6e9] }]), 'outside the range');
bad('numeric with 7 decimal places', field([{ numeric: ['=', 0.1234567] }]), 'more than 6 decimal places');
bad('numeric operand as a string number', field([{ numeric: ['>', '5'] }]), 'got "5"');

// exists / cidr
bad('exists with a string', field([{ exists: 'true' }]), 'exists needs true or false');
bad('exists with null', field([{ exists: null }]), 'exists needs true or false');
bad('cidr without prefix length', field([{ cidr: '10.0.0.1' }]), 'cidr needs');
bad('cidr with a bad address', field([{ cidr: '10.0.0.256/24' }]), 'cidr needs');
bad('cidr prefix too long for IPv4', field([{ cidr: '10.0.0.0/33' }]), 'cidr needs');
bad('cidr prefix too long for IPv6', field([{ cidr: '2001:db8::/129' }]), 'cidr needs');
bad('cidr IPv6 with two ::', field([{ cidr: '2001::db8::/32' }]), 'cidr needs');
bad('cidr with a number', field([{ cidr: 10 }]), 'cidr needs');

// $or
bad('$or not an array', { $or: { source: ['a'] } }, '$or needs an array');
bad('$or with one branch', { $or: [{ source: ['a'] }] }, '$or needs an array of at least two');
bad('$or empty', { $or: [] }, '$or needs an array');
bad(
  '$or with a scalar branch',
  { $or: ['aws.ec2', { source: ['a'] }] },
  '$or[0]: each $or branch must be an object',
);
bad('$or with an empty branch', { $or: [{}, { source: ['a'] }] }, '$or[0]: empty objects');
bad(
  '$or branch using an operator name as a field',
  { $or: [{ numeric: [1] }, { prefix: ['a'] }] },
  'cannot be used as a field name inside $or',
);
bad(
  '$or branch with a bad leaf',
  { detail: { $or: [{ a: 'x' }, { b: ['y'] }] } },
  'detail.$or[0].a: must be an array',
);

// limits
bad('pattern longer than 2048 characters', { source: ['x'.repeat(2100)] }, '2048');
bad(
  '$or expanding past 1000 combinations',
  {
    $or: Array.from({ length: 11 }, (_, i) => ({ [`a${i}`]: ['1'] })),
    detail: {
      $or: Array.from({ length: 10 }, (_, i) => ({ [`b${i}`]: ['1'] })),
      x: { $or: Array.from({ length: 10 }, (_, i) => ({ [`c${i}`]: ['1'] })) },
    },
  },
  '1100 combinations',
);

export const EVENT_PATTERN_INVALID_CASES: readonly InvalidCase[] = cases;
