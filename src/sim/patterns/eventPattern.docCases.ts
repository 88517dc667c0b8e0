// The combined examples of the EventBridge user guide, added to the cases of eventPattern.cases.ts.
import { BASE_MATCH_CASES, ec2, type MatchCase } from './eventPattern.cases.ts';

const cases: MatchCase[] = [];
function m(name: string, pattern: unknown, event: unknown, expected: boolean): void {
  cases.push({ name, pattern, event, expected });
}

// --- combinations from the docs ---
const complex = {
  time: [{ prefix: '2017-10-02' }],
  detail: {
    state: [{ 'anything-but': 'initializing' }],
    'c-count': [{ numeric: ['>', 0, '<=', 5] }],
    'd-count': [{ numeric: ['<', 10] }],
    'x-limit': [{ 'anything-but': [100, 200, 300] }],
    'source-ip': [{ cidr: '10.0.0.0/8' }],
  },
};
const complexDetail = {
  'c-count': 5,
  'd-count': 3,
  'x-limit': 301.8,
  'source-ip': '10.0.0.33',
  state: 'running',
};
m(
  'docs complex example matches the ruler sample',
  complex,
  ec2(complexDetail, { time: '2017-10-02T16:24:49Z' }),
  true,
);
m(
  'docs complex example: state initializing',
  complex,
  ec2({ ...complexDetail, state: 'initializing' }, { time: '2017-10-02T16:24:49Z' }),
  false,
);
m(
  'docs complex example: x-limit 200',
  complex,
  ec2({ ...complexDetail, 'x-limit': 200 }, { time: '2017-10-02T16:24:49Z' }),
  false,
);
m(
  'docs complex example: ip outside',
  complex,
  ec2({ ...complexDetail, 'source-ip': '11.0.0.1' }, { time: '2017-10-02T16:24:49Z' }),
  false,
);
m(
  'docs complex example: state missing',
  complex,
  ec2({ ...complexDetail, state: undefined }, { time: '2017-10-02T16:24:49Z' }),
  false,
);

/** Every event-pattern matching case. */
export const EVENT_PATTERN_MATCH_CASES: readonly MatchCase[] = [...BASE_MATCH_CASES, ...cases];
