// Matching cases for EventBridge event patterns, built from the EventBridge user guide pages
// eb-event-patterns, eb-create-pattern-operators (content filtering), eb-event-patterns-arrays,
// eb-event-patterns-null-values, and the aws/event-ruler README that the service runs on.

export interface MatchCase {
  readonly name: string;
  readonly pattern: unknown;
  readonly event: unknown;
  readonly expected: boolean;
}

/** The EC2 sample event from eb-event-patterns, with a custom detail. */
export function ec2(
  detail: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    version: '0',
    id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
    'detail-type': 'EC2 Instance State-change Notification',
    source: 'aws.ec2',
    account: '111122223333',
    time: '2017-12-22T18:43:48Z',
    region: 'us-west-1',
    resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
    detail,
    ...extra,
  };
}

const cases: MatchCase[] = [];
function m(name: string, pattern: unknown, event: unknown, expected: boolean): void {
  cases.push({ name, pattern, event, expected });
}
/** Shorthand: a pattern on one detail field, tried against one detail value. */
function d(name: string, field: unknown[], value: unknown, expected: boolean): void {
  const detail = value === undefined ? {} : { f: value };
  m(name, { detail: { f: field } }, ec2(detail), expected);
}

// --- Exact values, AND across fields, OR inside arrays (eb-event-patterns) ---
const termination = {
  source: ['aws.ec2'],
  'detail-type': ['EC2 Instance State-change Notification'],
  detail: { state: ['terminated'] },
};
m('docs sample: terminated instance matches', termination, ec2({ state: 'terminated' }), true);
m('docs sample: running instance does not match', termination, ec2({ state: 'running' }), false);
m('all fields must match (AND)', { source: ['aws.ec2'], region: ['us-east-1'] }, ec2({}), false);
m('fields not in the pattern are ignored', { source: ['aws.ec2'] }, ec2({ anything: 1 }), true);
m('array of values is OR: first', { source: ['aws.ec2', 'aws.fargate'] }, ec2({}), true);
m(
  'array of values is OR: second',
  { source: ['aws.ec2', 'aws.fargate'] },
  ec2({}, { source: 'aws.fargate' }),
  true,
);
m('array of values is OR: neither', { source: ['aws.s3', 'aws.fargate'] }, ec2({}), false);
m('strings are case-sensitive', { source: ['AWS.EC2'] }, ec2({}), false);
m('no trimming or normalisation', { source: ['aws.ec2 '] }, ec2({}), false);
m('field named in pattern must exist', { detail: { state: ['terminated'] } }, ec2({}), false);
m('nesting must match: flat key vs nested', { detail: { state: ['x'] } }, ec2({}, { state: 'x' }), false);
m('deep nesting', { detail: { trigger: { risk: [8] } } }, ec2({ trigger: { risk: 8 } }), true);
m('deep nesting, wrong value', { detail: { trigger: { risk: [8] } } }, ec2({ trigger: { risk: 9 } }), false);
m(
  'Macie sample: risk-score and trigger risk',
  { source: ['aws.macie'], detail: { 'risk-score': [80], trigger: { risk: [8] } } },
  ec2({ 'risk-score': 80, trigger: { risk: 8 } }, { source: 'aws.macie' }),
  true,
);
m(
  'object in event where a value is expected',
  { detail: { state: ['x'] } },
  ec2({ state: { name: 'x' } }),
  false,
);
m(
  'value in event where an object is expected',
  { detail: { state: { name: ['x'] } } },
  ec2({ state: 'x' }),
  false,
);
m('pattern keys are not prototype keys', { detail: { constructor: ['x'] } }, ec2({}), false);
m('event that is not an object', { source: ['aws.ec2'] }, 'aws.ec2', false);
m('event that is null', { source: ['aws.ec2'] }, null, false);

// --- Types: numbers, strings, booleans, null, empty string ---
d('number matches number', [5], 5, true);
d('number does not match string "5"', [5], '5', false);
d('string "5" does not match number 5', ['5'], 5, false);
d('string "5" matches string "5"', ['5'], '5', true);
d('5 matches 5.0 (same JSON number)', [5], 5.0, true);
d('negative number', [-3.5], -3.5, true);
d('number mismatch', [300], 301, false);
d('true matches true', [true], true, true);
d('true does not match "true"', [true], 'true', false);
d('false does not match null', [false], null, false);
d('false matches false', [false], false, true);
d('null matches null (null-values page)', [null], null, true);
d('null does not match missing field', [null], undefined, false);
d('null does not match empty string', [null], '', false);
d('empty string matches empty string', [''], '', true);
d('empty string does not match null (not interchangeable)', [''], null, false);
d('empty string does not match missing', [''], undefined, false);
d('empty string does not match a space', [''], ' ', false);
m(
  'docs null sample: responseElements null',
  { detail: { responseElements: [null] } },
  ec2({ eventVersion: '', responseElements: null }),
  true,
);
m(
  'docs null sample: eventVersion empty',
  { detail: { eventVersion: [''] } },
  ec2({ eventVersion: '', responseElements: null }),
  true,
);
d('mixed list: string or number', ['a', 1], 1, true);
d('mixed list: null or "x"', [null, 'x'], null, true);
d('unicode exact', ['café'], 'café', true);
d('unicode differs by accent', ['cafe'], 'café', false);

// --- Arrays in events (eb-event-patterns-arrays) ---
m(
  'docs arrays sample: intersection non-empty',
  {
    resources: [
      'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
    ],
  },
  ec2(
    {},
    {
      resources: [
        'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup',
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      ],
    },
  ),
  true,
);
m('arrays: intersection empty', { resources: ['arn:a'] }, ec2({}, { resources: ['arn:b', 'arn:c'] }), false);
d('event array: any element matches exact', ['b'], ['a', 'b'], true);
d('event array: no element matches', ['z'], ['a', 'b'], false);
d('event empty array matches nothing', ['a'], [], false);
d('event nested arrays are flattened', ['c'], [['a'], ['b', ['c']]], true);
d('event array of numbers with numeric', [{ numeric: ['>', 10] }], [1, 2, 30], true);
d('event array of numbers, none in range', [{ numeric: ['>', 10] }], [1, 2, 3], false);
d('event array with prefix', [{ prefix: 'ab' }], ['x', 'abc'], true);
d('event array with null element', [null], ['a', null], true);
m(
  'array of objects: pattern applies to an element',
  { detail: { employees: { firstName: ['Anna'] } } },
  ec2({ employees: [{ firstName: 'John' }, { firstName: 'Anna' }] }),
  true,
);
m(
  'array of objects: no element matches',
  { detail: { employees: { firstName: ['Zoe'] } } },
  ec2({ employees: [{ firstName: 'John' }] }),
  false,
);
m(
  'array of objects: both fields must come from one element',
  { detail: { employees: { firstName: ['Anna'], lastName: ['Jones'] } } },
  ec2({
    employees: [
      { firstName: 'Anna', lastName: 'Smith' },
      { firstName: 'Peter', lastName: 'Jones' },
    ],
  }),
  false,
);
m(
  'array of objects: both fields from the same element',
  { detail: { employees: { firstName: ['Anna'], lastName: ['Smith'] } } },
  ec2({
    employees: [
      { firstName: 'John', lastName: 'Doe' },
      { firstName: 'Anna', lastName: 'Smith' },
    ],
  }),
  true,
);
m(
  'multi-level arrays of objects',
  { detail: { employees: { firstName: ['Peter'] } } },
  ec2({ employees: [[{ firstName: 'John' }], [{ firstName: 'Peter' }]] }),
  true,
);

// --- prefix / suffix, with and without equals-ignore-case ---
m(
  'docs prefix: time starts with 2017-10-02',
  { time: [{ prefix: '2017-10-02' }] },
  ec2({}, { time: '2017-10-02T18:43:48Z' }),
  true,
);
m('prefix does not match other dates', { time: [{ prefix: '2017-10-02' }] }, ec2({}), false);
d('prefix is case-sensitive', [{ prefix: 'Us-' }], 'us-east-1', false);
d('prefix only on strings', [{ prefix: '1' }], 123, false);
d('prefix equal to the whole value', [{ prefix: 'abc' }], 'abc', true);
d('prefix longer than the value', [{ prefix: 'abcd' }], 'abc', false);
d('empty prefix matches any string', [{ prefix: '' }], 'anything', true);
d('empty prefix does not match a number', [{ prefix: '' }], 5, false);
d('prefix equals-ignore-case', [{ prefix: { 'equals-ignore-case': 'EventB' } }], 'eventbridge', true);
d('prefix equals-ignore-case upper', [{ prefix: { 'equals-ignore-case': 'eventb' } }], 'EVENTBRIDGE', true);
d('prefix equals-ignore-case no match', [{ prefix: { 'equals-ignore-case': 'eventb' } }], 'lambda', false);
d('docs suffix: .png', [{ suffix: '.png' }], 'image.png', true);
d('suffix no match', [{ suffix: '.png' }], 'image.jpg', false);
d('suffix is case-sensitive', [{ suffix: '.png' }], 'IMAGE.PNG', false);
d('suffix equals-ignore-case', [{ suffix: { 'equals-ignore-case': '.png' } }], 'IMAGE.PNG', true);
d('suffix equals-ignore-case no match', [{ suffix: { 'equals-ignore-case': '.png' } }], 'image.gif', false);
d('suffix only on strings', [{ suffix: '5' }], 5, false);
d('prefix missing field', [{ prefix: 'a' }], undefined, false);

// --- equals-ignore-case ---
d('equals-ignore-case: alice vs Alice', [{ 'equals-ignore-case': 'alice' }], 'Alice', true);
d('equals-ignore-case: ALICE', [{ 'equals-ignore-case': 'alice' }], 'ALICE', true);
d('equals-ignore-case is not a prefix', [{ 'equals-ignore-case': 'alice' }], 'alice2', false);
d('equals-ignore-case only on strings', [{ 'equals-ignore-case': 'true' }], true, false);
d('equals-ignore-case with an exact alternative', [{ 'equals-ignore-case': 'x' }, 'y'], 'y', true);

// --- wildcard ---
d('docs wildcard: dir/*.png', [{ wildcard: 'dir/*.png' }], 'dir/a.png', true);
d('wildcard star matches nothing', [{ wildcard: 'dir/*.png' }], 'dir/.png', true);
d('wildcard crosses slashes', [{ wildcard: 'dir/*.png' }], 'dir/sub/a.png', true);
d('wildcard anchored at start', [{ wildcard: 'dir/*.png' }], 'xdir/a.png', false);
d('wildcard anchored at end', [{ wildcard: 'dir/*.png' }], 'dir/a.png.bak', false);
d('wildcard Simple*Service', [{ wildcard: 'Simple*Service' }], 'SimpleNotificationService', true);
d('wildcard several stars', [{ wildcard: '*/lib/*' }], '/usr/lib/x', true);
d('wildcard several stars no match', [{ wildcard: '*/lib/*' }], '/usr/bin/x', false);
d('wildcard lone star matches any string', [{ wildcard: '*' }], '', true);
d('wildcard lone star does not match numbers', [{ wildcard: '*' }], 7, false);
d('wildcard without star is exact', [{ wildcard: 'abc' }], 'abc', true);
d('wildcard escaped star is literal', [{ wildcard: 'a\\*b' }], 'a*b', true);
d('wildcard escaped star does not glob', [{ wildcard: 'a\\*b' }], 'axxb', false);
d('wildcard escaped backslash', [{ wildcard: 'a\\\\b' }], 'a\\b', true);
d('wildcard escaped backslash then star', [{ wildcard: 'a\\\\*' }], 'a\\anything', true);
d('wildcard overlapping prefix and suffix', [{ wildcard: 'ab*ba' }], 'aba', false);
d('wildcard repeated piece', [{ wildcard: '*a*a*' }], 'banana', true);
d('wildcard case-sensitive', [{ wildcard: 'A*' }], 'abc', false);

// --- anything-but (values, lists, numbers, forms) ---
d('docs anything-but string: other state', [{ 'anything-but': 'initializing' }], 'running', true);
d('docs anything-but string: excluded', [{ 'anything-but': 'initializing' }], 'initializing', false);
d('docs anything-but number', [{ 'anything-but': 123 }], 124, true);
d('anything-but number excluded', [{ 'anything-but': 123 }], 123, false);
d('docs anything-but list of strings', [{ 'anything-but': ['stopped', 'overloaded'] }], 'running', true);
d('anything-but list excluded', [{ 'anything-but': ['stopped', 'overloaded'] }], 'overloaded', false);
d('docs anything-but list of numbers', [{ 'anything-but': [100, 200, 300] }], 150, true);
d('anything-but number list excluded', [{ 'anything-but': [100, 200, 300] }], 200, false);
d('anything-but is typed: "5" excluded, 5 passes', [{ 'anything-but': '5' }], 5, true);
d('anything-but is typed: 5 excluded, "5" passes', [{ 'anything-but': 5 }], '5', true);
d('anything-but lets null through', [{ 'anything-but': 'x' }], null, true);
d('anything-but against a missing field does not match', [{ 'anything-but': 'x' }], undefined, false);
d('anything-but against an empty array does not match', [{ 'anything-but': 'x' }], [], false);
d('anything-but on an event array with an allowed value', [{ 'anything-but': ['a'] }], ['a', 'b'], true);
d(
  'anything-but on an event array of only excluded values',
  [{ 'anything-but': ['a', 'b'] }],
  ['a', 'b'],
  false,
);
d(
  'anything-but or exists:false accepts a missing field',
  [{ 'anything-but': 'x' }, { exists: false }],
  undefined,
  true,
);
d('anything-but prefix: other', [{ 'anything-but': { prefix: 'init' } }], 'running', true);
d('anything-but prefix: excluded', [{ 'anything-but': { prefix: 'init' } }], 'initializing', false);
d('anything-but prefix list', [{ 'anything-but': { prefix: ['init', 'stop'] } }], 'stopping', false);
d(
  'anything-but prefix list allows others',
  [{ 'anything-but': { prefix: ['init', 'stop'] } }],
  'running',
  true,
);
d('anything-but prefix lets numbers through', [{ 'anything-but': { prefix: 'init' } }], 42, true);
d('anything-but suffix: excluded', [{ 'anything-but': { suffix: '.png' } }], 'a.png', false);
d('anything-but suffix: other', [{ 'anything-but': { suffix: '.png' } }], 'a.jpg', true);
d('anything-but suffix list', [{ 'anything-but': { suffix: ['.txt', '.rtf'] } }], 'a.rtf', false);
d(
  'anything-but equals-ignore-case excludes casings',
  [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }],
  'INITIALIZING',
  false,
);
d(
  'anything-but equals-ignore-case allows others',
  [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }],
  'running',
  true,
);
d(
  'anything-but equals-ignore-case list',
  [{ 'anything-but': { 'equals-ignore-case': ['a', 'B'] } }],
  'b',
  false,
);
d('anything-but wildcard excludes', [{ 'anything-but': { wildcard: '*/lib/*' } }], '/usr/lib/tool', false);
d('anything-but wildcard allows', [{ 'anything-but': { wildcard: '*/lib/*' } }], '/usr/bin/tool', true);
d(
  'anything-but wildcard list',
  [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }],
  '/usr/bin/tool',
  false,
);
d('anything-but wildcard missing field', [{ 'anything-but': { wildcard: '*' } }], undefined, false);

// --- numeric ---
const counts = {
  detail: {
    'c-count': [{ numeric: ['>', 0, '<=', 5] }],
    'd-count': [{ numeric: ['<', 10] }],
    'x-limit': [{ numeric: ['=', 3.018e2] }],
  },
};
m('docs numeric sample matches', counts, ec2({ 'c-count': 5, 'd-count': 3, 'x-limit': 301.8 }), true);
m(
  'docs numeric sample: c-count 0 is not > 0',
  counts,
  ec2({ 'c-count': 0, 'd-count': 3, 'x-limit': 301.8 }),
  false,
);
m(
  'docs numeric sample: d-count 10 is not < 10',
  counts,
  ec2({ 'c-count': 1, 'd-count': 10, 'x-limit': 301.8 }),
  false,
);
d('numeric > boundary excluded', [{ numeric: ['>', 100] }], 100, false);
d('numeric >= boundary included', [{ numeric: ['>=', 100] }], 100, true);
d('numeric < ', [{ numeric: ['<', 0] }], -0.5, true);
d('numeric <= boundary included', [{ numeric: ['<=', 5] }], 5, true);
d('numeric = with exponent form', [{ numeric: ['=', 3.018e2] }], 301.8, true);
d('numeric = mismatch', [{ numeric: ['=', 5] }], 5.000001, false);
d('numeric range inside', [{ numeric: ['>=', 10, '<', 20] }], 15, true);
d('numeric range upper bound open', [{ numeric: ['>=', 10, '<', 20] }], 20, false);
d('numeric only matches JSON numbers, not "42"', [{ numeric: ['>', 0] }], '42', false);
d('numeric does not match null', [{ numeric: ['<', 1] }], null, false);
d('numeric missing field', [{ numeric: ['>', 0] }], undefined, false);
d('numeric event value beyond 5e9 never matches', [{ numeric: ['>', 0] }], 6e9, false);
d('numeric at the 5e9 limit', [{ numeric: ['>=', 5e9] }], 5e9, true);
d('numeric with negative range', [{ numeric: ['>', -10, '<', -5] }], -7, true);
d('numeric or exact in one list', [{ numeric: ['>', 100] }, 7], 7, true);
d('numeric on boolean', [{ numeric: ['>', 0] }], true, false);

// --- exists ---
m(
  'docs exists:false: no c-count',
  { detail: { 'c-count': [{ exists: false }] } },
  ec2({ state: ['initializing', 'running'] }),
  true,
);
m(
  'docs exists:false: c-count is an object, not a leaf',
  { detail: { 'c-count': [{ exists: false }] } },
  ec2({ 'c-count': { c1: 100 } }),
  true,
);
d('exists:true with a value', [{ exists: true }], 'x', true);
d('exists:true missing', [{ exists: true }], undefined, false);
d('exists:true on an object (not a leaf)', [{ exists: true }], { a: 1 }, false);
d('exists:true on null (a value)', [{ exists: true }], null, true);
d('exists:true on empty string (a value)', [{ exists: true }], '', true);
d('exists:true on empty array (no values)', [{ exists: true }], [], false);
d('exists:false on null: the field is there', [{ exists: false }], null, false);
d('exists:false on empty string', [{ exists: false }], '', false);
d('exists:false on a value', [{ exists: false }], 0, false);
d('exists:false on empty array', [{ exists: false }], [], true);
m('exists:false when the parent is missing', { detail: { f: [{ exists: false }] } }, { source: 'x' }, true);
m(
  'exists:false when the parent is a string',
  { detail: { f: [{ exists: false }] } },
  { detail: 'text' },
  true,
);
m('exists:true when the parent is missing', { detail: { f: [{ exists: true }] } }, { source: 'x' }, false);
d('exists:true or exists:false always matches', [{ exists: true }, { exists: false }], undefined, true);

// --- cidr ---
d('docs cidr: 10.0.0.0/24 contains 10.0.0.33', [{ cidr: '10.0.0.0/24' }], '10.0.0.33', true);
d('cidr /24 upper end', [{ cidr: '10.0.0.0/24' }], '10.0.0.255', true);
d('cidr /24 outside', [{ cidr: '10.0.0.0/24' }], '10.0.1.0', false);
d('cidr /8', [{ cidr: '10.0.0.0/8' }], '10.200.3.4', true);
d('cidr /32 single host', [{ cidr: '192.168.1.1/32' }], '192.168.1.1', true);
d('cidr /32 other host', [{ cidr: '192.168.1.1/32' }], '192.168.1.2', false);
d('cidr /0 matches every IPv4', [{ cidr: '0.0.0.0/0' }], '8.8.8.8', true);
d('cidr host bits in the block are ignored', [{ cidr: '10.0.0.77/24' }], '10.0.0.1', true);
d('cidr not an IP', [{ cidr: '10.0.0.0/24' }], 'hello', false);
d('cidr not a string', [{ cidr: '10.0.0.0/24' }], 167772161, false);
d('cidr IPv6 /32', [{ cidr: '2001:db8::/32' }], '2001:db8:1234::1', true);
d('cidr IPv6 outside', [{ cidr: '2001:db8::/32' }], '2001:db9::1', false);
d('cidr IPv6 full form', [{ cidr: '2001:db8::/64' }], '2001:0db8:0000:0000:ffff:0000:0000:0001', true);
d('cidr IPv6 is case-insensitive', [{ cidr: '2001:DB8::/32' }], '2001:db8::abcd', true);
d('cidr IPv6 /128', [{ cidr: '::1/128' }], '::1', true);
d('cidr IPv6 block does not match IPv4', [{ cidr: '::/0' }], '10.0.0.1', false);
d('cidr IPv4 block does not match IPv6', [{ cidr: '0.0.0.0/0' }], '::1', false);
d('cidr IPv6 with IPv4 tail', [{ cidr: '::ffff:10.0.0.0/120' }], '::ffff:10.0.0.9', true);
d('cidr on event array', [{ cidr: '10.0.0.0/24' }], ['1.1.1.1', '10.0.0.5'], true);

// --- $or ---
const orMetric = {
  source: ['aws.cloudwatch'],
  $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
};
m('$or: first branch', orMetric, { source: 'aws.cloudwatch', metricName: 'ReadLatency' }, true);
m('$or: second branch', orMetric, { source: 'aws.cloudwatch', namespace: 'AWS/ES' }, true);
m('$or: neither branch', orMetric, { source: 'aws.cloudwatch', namespace: 'AWS/S3' }, false);
m(
  '$or: branches match but the AND part fails',
  orMetric,
  { source: 'aws.ec2', metricName: 'ReadLatency' },
  false,
);
const orNested = {
  detail: { $or: [{ 'c-count': [{ numeric: ['>', 0, '<=', 5] }] }, { 'd-count': [{ numeric: ['<', 10] }] }] },
};
m('$or inside a nested object', orNested, ec2({ 'd-count': 3 }), true);
m('$or inside a nested object, none', orNested, ec2({ 'c-count': 9, 'd-count': 30 }), false);
const orAnd = {
  source: ['aws.cloudwatch'],
  $or: [{ metricName: ['CPU'] }, { metricType: ['MetricType'], namespace: ['AWS/EC2'] }],
};
m(
  '$or branch with AND inside: all parts',
  orAnd,
  { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2' },
  true,
);
m(
  '$or branch with AND inside: one part missing',
  orAnd,
  { source: 'aws.cloudwatch', metricType: 'MetricType' },
  false,
);
const orDeep = { $or: [{ a: ['1'] }, { b: ['2'], $or: [{ c: ['3'] }, { d: ['4'] }] }] };
m('nested $or: inner second branch', orDeep, { b: '2', d: '4' }, true);
m('nested $or: inner fails', orDeep, { b: '2', e: '5' }, false);
const orParallel = { $or: [{ x: ['1'] }, { y: ['1'] }], detail: { $or: [{ p: ['1'] }, { q: ['1'] }] } };
m('parallel $or groups: both hold', orParallel, { y: '1', detail: { q: '1' } }, true);
m('parallel $or groups: one fails', orParallel, { y: '1', detail: { r: '1' } }, false);
m('$or with exists:false branch', { $or: [{ a: [{ exists: false }] }, { a: ['x'] }] }, { b: 1 }, true);
m(
  '$or branches with nested objects',
  { $or: [{ detail: { a: ['1'] } }, { detail: { b: ['2'] } }] },
  ec2({ b: '2' }),
  true,
);

/** The cases of this file; eventPattern.docCases.ts adds the docs' combined examples. */
export const BASE_MATCH_CASES: readonly MatchCase[] = cases;
