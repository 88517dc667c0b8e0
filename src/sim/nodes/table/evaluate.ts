import { utf8Bytes } from '../../events/md5';
import {
  compareValues,
  DynamoError,
  equalValues,
  typeOf,
  type AttributeValue,
  type Item,
} from './attributes';
import type { Condition, Operand, PathElement, UpdateAction } from './expression';

/** The value at a document path, undefined when absent. */
export function resolvePath(item: Item | undefined, path: PathElement[]): AttributeValue | undefined {
  let cur: AttributeValue | undefined = item ? { M: item } : undefined;
  for (const p of path) {
    if (!cur) return undefined;
    const c: AttributeValue = cur;
    if (typeof p === 'number') cur = 'L' in c ? (c.L as AttributeValue[])[p] : undefined;
    else cur = 'M' in c ? c.M[p] : undefined;
  }
  return cur;
}

function valueOf(values: Item | undefined, name: string): AttributeValue {
  const v = values?.[name];
  if (!v)
    throw new DynamoError(
      'ValidationException',
      `An expression attribute value used in expression is not defined; attribute value: ${name}`,
    );
  return v;
}

export function operandValue(
  op: Operand,
  item: Item | undefined,
  values: Item | undefined,
): AttributeValue | undefined {
  switch (op.type) {
    case 'path':
      return resolvePath(item, op.path);
    case 'value':
      return valueOf(values, op.name);
    case 'size': {
      const v = resolvePath(item, op.path);
      if (!v) return undefined;
      const n =
        'S' in v
          ? utf8Bytes(v.S).length
          : 'B' in v
            ? Math.ceil((v.B.length * 3) / 4)
            : 'L' in v
              ? v.L.length
              : 'M' in v
                ? Object.keys(v.M).length
                : 'SS' in v
                  ? v.SS.length
                  : 'NS' in v
                    ? v.NS.length
                    : 'BS' in v
                      ? v.BS.length
                      : -1;
      if (n < 0) throw new DynamoError('ValidationException', 'Invalid operand type for size()');
      return { N: String(n) };
    }
    case 'if_not_exists':
      return resolvePath(item, op.path) ?? operandValue(op.fallback, item, values);
    case 'list_append': {
      const a = operandValue(op.a, item, values);
      const b = operandValue(op.b, item, values);
      if (!a || !b || !('L' in a) || !('L' in b))
        throw new DynamoError(
          'ValidationException',
          'Incorrect operand type for list_append: both operands must be lists',
        );
      return { L: [...a.L, ...b.L] };
    }
    case 'arith': {
      const a = operandValue(op.a, item, values);
      const b = operandValue(op.b, item, values);
      if (!a || !b || !('N' in a) || !('N' in b))
        throw new DynamoError(
          'ValidationException',
          `Incorrect operand type for operator ${op.op}: both operands must be numbers that exist`,
        );
      return { N: String(op.op === '+' ? Number(a.N) + Number(b.N) : Number(a.N) - Number(b.N)) };
    }
  }
}

/** Whether `item` (undefined: no item) satisfies the condition. */
export function evalCondition(c: Condition, item: Item | undefined, values: Item | undefined): boolean {
  switch (c.type) {
    case 'and':
      return evalCondition(c.a, item, values) && evalCondition(c.b, item, values);
    case 'or':
      return evalCondition(c.a, item, values) || evalCondition(c.b, item, values);
    case 'not':
      return !evalCondition(c.a, item, values);
    case 'compare': {
      const a = operandValue(c.a, item, values);
      const b = operandValue(c.b, item, values);
      if (!a || !b) return c.op === '<>' && (a !== undefined || b !== undefined);
      if (c.op === '=') return equalValues(a, b);
      if (c.op === '<>') return !equalValues(a, b);
      const d = compareValues(a, b);
      if (d === null) return false;
      return c.op === '<' ? d < 0 : c.op === '<=' ? d <= 0 : c.op === '>' ? d > 0 : d >= 0;
    }
    case 'between': {
      const a = operandValue(c.a, item, values);
      const lo = operandValue(c.low, item, values);
      const hi = operandValue(c.high, item, values);
      if (!a || !lo || !hi) return false;
      const d1 = compareValues(a, lo);
      const d2 = compareValues(a, hi);
      return d1 !== null && d2 !== null && d1 >= 0 && d2 <= 0;
    }
    case 'in': {
      const a = operandValue(c.a, item, values);
      return (
        a !== undefined &&
        c.list.some((o) => {
          const v = operandValue(o, item, values);
          return v !== undefined && equalValues(a, v);
        })
      );
    }
    case 'fn':
      return evalFunction(c, item, values);
  }
}

function evalFunction(
  c: Extract<Condition, { type: 'fn' }>,
  item: Item | undefined,
  values: Item | undefined,
): boolean {
  const v = resolvePath(item, c.path);
  const arg = c.arg ? operandValue(c.arg, item, values) : undefined;
  switch (c.name) {
    case 'attribute_exists':
      return v !== undefined;
    case 'attribute_not_exists':
      return v === undefined;
    case 'attribute_type':
      return v !== undefined && arg !== undefined && 'S' in arg && typeOf(v) === arg.S;
    case 'begins_with':
      return (
        !!v &&
        !!arg &&
        (('S' in v && 'S' in arg && v.S.startsWith(arg.S)) ||
          ('B' in v && 'B' in arg && v.B.startsWith(arg.B)))
      );
    case 'contains':
      if (!v || !arg) return false;
      if ('S' in v) return 'S' in arg && v.S.includes(arg.S);
      if ('SS' in v) return 'S' in arg && v.SS.includes(arg.S);
      if ('NS' in v) return 'N' in arg && v.NS.some((n) => Number(n) === Number(arg.N));
      if ('BS' in v) return 'B' in arg && v.BS.includes(arg.B);
      if ('L' in v) return v.L.some((e) => equalValues(e, arg));
      return false;
  }
}

/** Applies update actions to a copy of `item`; returns the new item. */
export function applyUpdate(
  actions: UpdateAction[],
  item: Item,
  values: Item | undefined,
  keyNames: string[],
): Item {
  const next = JSON.parse(JSON.stringify(item)) as Item;
  for (const a of actions) {
    if (typeof a.path[0] === 'string' && a.path.length === 1 && keyNames.includes(a.path[0])) {
      throw new DynamoError(
        'ValidationException',
        `Cannot update attribute ${a.path[0]}. This attribute is part of the key`,
      );
    }
  }
  // Values are computed from the item as it was before the update, as DynamoDB does.
  const planned = actions.map((a) => ({
    a,
    v: a.type === 'REMOVE' ? undefined : operandValue(a.value, item, values),
  }));
  for (const { a, v } of planned) {
    if (a.type === 'SET') setPath(next, a.path, v!);
    else if (a.type === 'REMOVE') removePath(next, a.path);
    else if (a.type === 'ADD') setPath(next, a.path, addValue(resolvePath(next, a.path), v!));
    else {
      const cur = resolvePath(next, a.path);
      const left = cur ? deleteFromSet(cur, v!) : undefined;
      if (left) setPath(next, a.path, left);
      else if (cur) removePath(next, a.path);
    }
  }
  return next;
}

function addValue(cur: AttributeValue | undefined, v: AttributeValue): AttributeValue {
  if ('N' in v) {
    if (cur && !('N' in cur))
      throw new DynamoError(
        'ValidationException',
        'An operand in the update expression has an incorrect data type',
      );
    return { N: String((cur ? Number(cur.N) : 0) + Number(v.N)) };
  }
  for (const t of ['SS', 'NS', 'BS'] as const) {
    if (t in v) {
      if (cur && !(t in cur))
        throw new DynamoError(
          'ValidationException',
          'An operand in the update expression has an incorrect data type',
        );
      const base = cur ? (cur as Record<string, string[]>)[t]! : [];
      return { [t]: [...new Set([...base, ...(v as Record<string, string[]>)[t]!])] } as AttributeValue;
    }
  }
  throw new DynamoError('ValidationException', 'ADD works on numbers and sets only');
}

function deleteFromSet(cur: AttributeValue, v: AttributeValue): AttributeValue | undefined {
  const t = typeOf(v);
  if (!['SS', 'NS', 'BS'].includes(t) || typeOf(cur) !== t)
    throw new DynamoError('ValidationException', 'DELETE works on sets of the same type only');
  const drop = new Set((v as Record<string, string[]>)[t]);
  const left = (cur as Record<string, string[]>)[t]!.filter((e) => !drop.has(e));
  return left.length > 0 ? ({ [t]: left } as AttributeValue) : undefined;
}

function parentOf(item: Item, path: PathElement[]): AttributeValue {
  const parent = path.length === 1 ? { M: item } : resolvePath(item, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (!parent || (typeof last === 'number' ? !('L' in parent) : !('M' in parent))) {
    throw new DynamoError(
      'ValidationException',
      'The document path provided in the update expression is invalid for update',
    );
  }
  return parent;
}

function setPath(item: Item, path: PathElement[], v: AttributeValue): void {
  const parent = parentOf(item, path);
  const last = path[path.length - 1]!;
  if (typeof last === 'number') {
    const list = (parent as { L: AttributeValue[] }).L;
    if (last >= list.length) list.push(v);
    else list[last] = v;
  } else (parent as { M: Item }).M[last] = v;
}

function removePath(item: Item, path: PathElement[]): void {
  const parent = path.length === 1 ? { M: item } : resolvePath(item, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (!parent) return;
  if (typeof last === 'number' && 'L' in parent) parent.L.splice(last, 1);
  else if (typeof last === 'string' && 'M' in parent) delete parent.M[last];
}
