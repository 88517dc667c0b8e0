/**
 * The two services share one matching engine but accept different syntax and limits.
 * A dialect lists those differences so the operator code is written once.
 */
export interface Dialect {
  readonly service: 'EventBridge' | 'SNS';
  /** Numeric operands must lie within +-limit (inclusive). */
  readonly numericLimit: number;
  readonly numericDecimals: number;
  /** SNS also holds plain numbers in a policy to the numeric limits. */
  readonly limitExactNumbers: boolean;
  readonly wildcard: boolean;
  /** Forms allowed inside `anything-but: { ... }`. */
  readonly anythingButForms: ReadonlySet<string>;
  /** Whether those forms also take a list of strings. */
  readonly anythingButFormLists: boolean;
  /** `prefix: { equals-ignore-case }` and the suffix twin. */
  readonly ignoreCaseAffixes: boolean;
  /** SNS: "the key must have a non-null and non-empty value" for exists to see it. */
  readonly existsNeedsValue: boolean;
  /** anything-but on an array value: every element must pass (else: any element may). */
  readonly anythingButEveryElement: boolean;
}

// EventBridge user guide, eb-create-pattern-operators: every anything-but form, wildcard,
// ignore-case prefix/suffix; numbers within +-5.0e9 with six decimal places.
export const EVENTBRIDGE: Dialect = {
  service: 'EventBridge',
  numericLimit: 5e9,
  numericDecimals: 6,
  limitExactNumbers: false,
  wildcard: true,
  anythingButForms: new Set(['prefix', 'suffix', 'equals-ignore-case', 'wildcard']),
  anythingButFormLists: true,
  ignoreCaseAffixes: true,
  existsNeedsValue: false,
  anythingButEveryElement: false,
};

// SNS developer guide, subscription-filter-policy-constraints and string-value-matching:
// +-1e9 with five decimals, anything-but only with values or a prefix, no wildcard.
export const SNS: Dialect = {
  service: 'SNS',
  numericLimit: 1e9,
  numericDecimals: 5,
  limitExactNumbers: true,
  wildcard: false,
  anythingButForms: new Set(['prefix']),
  anythingButFormLists: false,
  ignoreCaseAffixes: false,
  existsNeedsValue: true,
  anythingButEveryElement: false,
};

// string-value-matching (current revision): "For String.Array type attributes, it matches if
// none of the array elements are listed in the policy property". Older revisions said the
// opposite ("[rugby, baseball]" matched); the guide says nothing new about body arrays, so
// those keep the engine's any-element rule.
export const SNS_ATTRIBUTES: Dialect = { ...SNS, anythingButEveryElement: true };
