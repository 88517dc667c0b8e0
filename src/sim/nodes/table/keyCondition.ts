import { DynamoError, typeOf, type AttributeValue, type Item } from './attributes';
import type { Condition, Operand } from './expression';
import { operandValue } from './evaluate';
import type { KeySchema } from './store';

/**
 * Checks a Query's key condition (partition key equality, optionally AND one sort-key
 * condition: a comparison, BETWEEN or begins_with) and returns the partition key value.
 */
export function keyConditionParts(c: Condition, schema: KeySchema, values: Item | undefined): AttributeValue {
  const parts = c.type === 'and' ? [c.a, c.b] : [c];
  let pk: AttributeValue | null = null;
  let sortConds = 0;
  for (const p of parts) {
    const name = keyName(p);
    if (name === schema.pk.name && p.type === 'compare' && p.op === '=') {
      pk = operandValue(p.b.type === 'path' ? p.a : p.b, undefined, values) ?? null;
    } else if (
      schema.sk &&
      name === schema.sk.name &&
      p.type !== 'and' &&
      p.type !== 'or' &&
      p.type !== 'not' &&
      p.type !== 'in' &&
      (p.type !== 'fn' || p.name === 'begins_with')
    ) {
      if (p.type === 'compare' && p.op === '<>')
        throw new DynamoError(
          'ValidationException',
          'Invalid KeyConditionExpression: <> is not allowed on the sort key',
        );
      sortConds++;
    } else
      throw new DynamoError(
        'ValidationException',
        'Invalid KeyConditionExpression: use the partition key with = and, optionally, one sort key condition (=, <, <=, >, >=, BETWEEN, begins_with)',
      );
  }
  if (!pk || typeOf(pk) !== schema.pk.type)
    throw new DynamoError(
      'ValidationException',
      `Query condition missed key schema element: ${schema.pk.name}`,
    );
  if (sortConds > 1)
    throw new DynamoError(
      'ValidationException',
      'Invalid KeyConditionExpression: at most one condition on the sort key',
    );
  return pk;
}

function keyName(c: Condition): string | null {
  const pathName = (o: Operand) =>
    o.type === 'path' && o.path.length === 1 && typeof o.path[0] === 'string' ? o.path[0] : null;
  if (c.type === 'compare') return pathName(c.a) ?? pathName(c.b);
  if (c.type === 'between') return pathName(c.a);
  if (c.type === 'fn') return c.path.length === 1 && typeof c.path[0] === 'string' ? c.path[0] : null;
  return null;
}
