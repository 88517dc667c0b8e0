export { parseFlowFile, loadFlowDocument, type ParseOptions } from './parse';
export { describeLoadError, type LoadError, type LoadErrorType, type LoadResult } from './errors';
export type { Result } from '../lib/result';
export { validateFlow } from './validate';
export type { Problem, FlowCheckers } from './problems';
export { serializeFlow } from './serialize';
export { migrate, MIGRATIONS, type Migration } from './migrations';
export { flowJsonSchema, flowJsonSchemaText, SCHEMA_ID } from './jsonSchema';
export { DEFAULT_MAX_BYTES } from './input';
