import type { CheckContext } from './context';

type Checker = (value: unknown, scope?: never) => string[];

/**
 * Results per checker, per pattern object, per scope. The editor re-validates on every change
 * and keeps unchanged settings objects identical, so unchanged patterns are not re-checked.
 */
const cache = new WeakMap<Checker, WeakMap<object, Map<string, string[]>>>();

function checkCached(check: Checker, value: unknown, scope: string | undefined): string[] {
  if (typeof value !== 'object' || value === null) return check(value, scope as never);
  let byValue = cache.get(check);
  if (!byValue) cache.set(check, (byValue = new WeakMap()));
  let byScope = byValue.get(value);
  if (!byScope) byValue.set(value, (byScope = new Map()));
  const key = scope ?? '';
  let result = byScope.get(key);
  if (!result) byScope.set(key, (result = check(value, scope as never)));
  return result;
}

/** Runs an injected checker; its messages become errors at `where`, and a crash is reported, not thrown. */
export function runChecker<S extends string>(
  ctx: CheckContext,
  where: { path: string; nodeId?: string; edgeId?: string },
  check: ((value: unknown, scope: S) => string[]) | ((value: unknown) => string[]) | undefined,
  value: unknown,
  scope?: S,
): void {
  if (!check) return;
  let messages: string[];
  try {
    messages = checkCached(check as Checker, value, scope);
  } catch (e) {
    messages = [`could not be checked (${e instanceof Error ? e.message : String(e)})`];
  }
  for (const message of messages) ctx.report({ severity: 'error', ...where, message });
}
