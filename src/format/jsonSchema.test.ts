import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowJsonSchema, flowJsonSchemaText } from './jsonSchema';

describe('published JSON Schema', () => {
  it('public/schema/eventflow-1.schema.json matches the model (if not: run `npm run schema`)', () => {
    const committed = readFileSync(
      new URL('../../public/schema/eventflow-1.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed, 'public/schema is out of date: run `npm run schema` and commit the result').toBe(
      flowJsonSchemaText(),
    );
  });

  it('describes the input: every kind, required envelope fields, AWS ranges', () => {
    const schema = flowJsonSchema() as {
      required: string[];
      properties: Record<string, { items?: { oneOf?: unknown[] } }>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'name', 'nodes']));
    expect(schema.required).not.toContain('edges');
    expect(schema.properties.nodes?.items?.oneOf).toHaveLength(12);
    expect(flowJsonSchemaText()).toContain('"maximum": 10240');
  });
});
