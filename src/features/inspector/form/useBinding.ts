import { useMemo } from 'react';
import type { z } from 'zod';
import type { FormBinding } from './FormContext';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A stable binding, rebuilt only when the edited object changes. A commit that changes
 * nothing (focus and leave, a blank row) makes no undo step.
 */
export function useBinding(value: unknown, schema: z.ZodType, commit: (next: unknown) => void): FormBinding {
  return useMemo(
    () => ({ value, schema, commit: (next: unknown) => (same(next, value) ? undefined : commit(next)) }),
    // `commit` is rebuilt each render by the caller; the value it writes to is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [value, schema],
  );
}
