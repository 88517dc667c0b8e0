import { z } from 'zod';
import { Flow, FORMAT_VERSION } from '../model';

/** A stable name for the schema of this format version (a URN: the project owns no domain). */
export const SCHEMA_ID = `urn:eventflow-studio:schema:flow:${FORMAT_VERSION}`;

/**
 * The JSON Schema of what a flow file may contain (defaults may be left out), generated
 * from the model. Committed to public/schema; a test fails when it drifts.
 */
export function flowJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Flow, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: `Eventflow Studio flow file, format ${FORMAT_VERSION}`,
    description:
      'An event-driven serverless architecture: nodes (producers, routers, functions, stores), edges with their AWS settings, notes and run settings.',
    ...rest,
  };
}

/** The schema as committed: 2-space JSON with a final newline. */
export function flowJsonSchemaText(): string {
  return `${JSON.stringify(flowJsonSchema(), null, 2)}\n`;
}
