// The shared building blocks of compiled operators; operators.ts and anythingBut.ts assemble them.
import { show, type Leaf } from './json.ts';
import { matchWildcard, parseWildcard } from './wildcard.ts';

/** One compiled operator: a predicate over a single scalar plus the text a UI shows for it. */
export interface ValueTest {
  readonly kind: 'value';
  readonly label: string;
  /** anything-but: an exclusion, which some dialects apply to every element of an array. */
  readonly exclusion: boolean;
  test(value: Leaf): boolean;
}

export interface ExistsTest {
  readonly kind: 'exists';
  readonly label: string;
  readonly want: boolean;
}

export type Condition = ValueTest | ExistsTest;

export function value(label: string, test: (v: Leaf) => boolean, exclusion = false): ValueTest {
  return { kind: 'value', label, test, exclusion };
}

export const lower = (s: string): string => s.toLowerCase();

export function wildcardTest(
  pattern: string,
  path: string,
  problems: string[],
): ((s: string) => boolean) | undefined {
  const parsed = parseWildcard(pattern);
  if (!parsed.ok) {
    problems.push(`${path}: wildcard ${show(pattern)} ${parsed.error}`);
    return undefined;
  }
  return (s) => matchWildcard(parsed.segments, s);
}
