import { validateEventPattern, validateFilterPolicy } from '../../../sim/patterns';

// Module scope, so fields memoise their parsers once.
export const checkEventPattern = (p: unknown): string[] => validateEventPattern(p);
export const checkFilterPolicyAttributes = (p: unknown): string[] =>
  validateFilterPolicy(p, 'MessageAttributes');
export const checkFilterPolicyBody = (p: unknown): string[] => validateFilterPolicy(p, 'MessageBody');
