import { createContext, useContext } from 'react';
import type { z } from 'zod';

/** What the fields of one form edit: an object, its schema, and how to commit it. */
export interface FormBinding {
  value: unknown;
  schema: z.ZodType;
  /** Commits a whole validated object: one undo step. */
  commit: (next: unknown) => void;
}

export const FormContext = createContext<FormBinding | null>(null);

export function useForm(): FormBinding {
  const form = useContext(FormContext);
  if (!form) throw new Error('inspector fields must be inside a FormContext provider');
  return form;
}
