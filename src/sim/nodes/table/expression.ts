import { TokenStream, tokenize } from './tokens';

/** A document path: attribute names and list indexes. */
export type PathElement = string | number;

export type Operand =
  | { type: 'path'; path: PathElement[] }
  | { type: 'value'; name: string }
  | { type: 'size'; path: PathElement[] }
  | { type: 'if_not_exists'; path: PathElement[]; fallback: Operand }
  | { type: 'list_append'; a: Operand; b: Operand }
  | { type: 'arith'; op: '+' | '-'; a: Operand; b: Operand };

export type Condition =
  | { type: 'and' | 'or'; a: Condition; b: Condition }
  | { type: 'not'; a: Condition }
  | { type: 'compare'; op: '=' | '<>' | '<' | '<=' | '>' | '>='; a: Operand; b: Operand }
  | { type: 'between'; a: Operand; low: Operand; high: Operand }
  | { type: 'in'; a: Operand; list: Operand[] }
  | {
      type: 'fn';
      name: 'attribute_exists' | 'attribute_not_exists' | 'attribute_type' | 'begins_with' | 'contains';
      path: PathElement[];
      arg: Operand | null;
    };

export type UpdateAction =
  | { type: 'SET'; path: PathElement[]; value: Operand }
  | { type: 'REMOVE'; path: PathElement[] }
  | { type: 'ADD' | 'DELETE'; path: PathElement[]; value: Operand };

type Names = Record<string, string> | undefined;

/** Parses a condition, filter or key condition expression; throws ValidationException. */
export function parseCondition(src: string, names: Names): Condition {
  const ts = new TokenStream(tokenize(src), src);
  const c = orExpr(ts, names);
  if (ts.peek().kind !== 'end') ts.fail('unexpected token');
  return c;
}

/** Parses an update expression (SET, REMOVE, ADD, DELETE clauses); throws ValidationException. */
export function parseUpdate(src: string, names: Names): UpdateAction[] {
  const ts = new TokenStream(tokenize(src), src);
  const actions: UpdateAction[] = [];
  const seen = new Set<string>();
  while (ts.peek().kind !== 'end') {
    const clause = ts.next().text.toUpperCase();
    if (seen.has(clause)) ts.fail(`the ${clause} clause appears twice`);
    seen.add(clause);
    do {
      const path = parsePath(ts, names);
      if (clause === 'SET') {
        ts.expect('=');
        actions.push({ type: 'SET', path, value: setValue(ts, names) });
      } else if (clause === 'REMOVE') actions.push({ type: 'REMOVE', path });
      else if (clause === 'ADD' || clause === 'DELETE')
        actions.push({ type: clause, path, value: operand(ts, names) });
      else ts.fail('expected SET, REMOVE, ADD or DELETE');
    } while (ts.accept(','));
  }
  if (actions.length === 0) ts.fail('empty update expression');
  return actions;
}

function orExpr(ts: TokenStream, names: Names): Condition {
  let a = andExpr(ts, names);
  while (ts.accept('OR')) a = { type: 'or', a, b: andExpr(ts, names) };
  return a;
}

function andExpr(ts: TokenStream, names: Names): Condition {
  let a = notExpr(ts, names);
  while (ts.accept('AND')) a = { type: 'and', a, b: notExpr(ts, names) };
  return a;
}

function notExpr(ts: TokenStream, names: Names): Condition {
  if (ts.accept('NOT')) return { type: 'not', a: notExpr(ts, names) };
  if (ts.accept('(')) {
    const c = orExpr(ts, names);
    ts.expect(')');
    return c;
  }
  const t = ts.peek();
  const fn = t.kind === 'name' ? t.text : '';
  if (
    ['attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains'].includes(fn) &&
    ts.peek(1).text === '('
  ) {
    ts.next();
    ts.next();
    const path = parsePath(ts, names);
    const arg =
      fn === 'attribute_exists' || fn === 'attribute_not_exists'
        ? null
        : (ts.expect(','), operand(ts, names));
    ts.expect(')');
    return { type: 'fn', name: fn as Extract<Condition, { type: 'fn' }>['name'], path, arg };
  }
  const a = operand(ts, names);
  if (ts.accept('BETWEEN')) {
    const low = operand(ts, names);
    ts.expect('AND');
    return { type: 'between', a, low, high: operand(ts, names) };
  }
  if (ts.accept('IN')) {
    ts.expect('(');
    const list = [operand(ts, names)];
    while (ts.accept(',')) list.push(operand(ts, names));
    ts.expect(')');
    return { type: 'in', a, list };
  }
  const op = ts.next();
  if (op.kind !== 'punct' || !['=', '<>', '<', '<=', '>', '>='].includes(op.text))
    ts.fail('expected a comparison');
  return {
    type: 'compare',
    op: op.text as Extract<Condition, { type: 'compare' }>['op'],
    a,
    b: operand(ts, names),
  };
}

function operand(ts: TokenStream, names: Names): Operand {
  const t = ts.peek();
  if (t.kind === 'value') {
    ts.next();
    return { type: 'value', name: t.text };
  }
  if (t.kind === 'name' && t.text === 'size' && ts.peek(1).text === '(') {
    ts.next();
    ts.next();
    const path = parsePath(ts, names);
    ts.expect(')');
    return { type: 'size', path };
  }
  return { type: 'path', path: parsePath(ts, names) };
}

function setValue(ts: TokenStream, names: Names): Operand {
  const a = setOperand(ts, names);
  const t = ts.peek();
  if (t.kind === 'punct' && (t.text === '+' || t.text === '-')) {
    ts.next();
    return { type: 'arith', op: t.text, a, b: setOperand(ts, names) };
  }
  return a;
}

function setOperand(ts: TokenStream, names: Names): Operand {
  const t = ts.peek();
  if (
    t.kind === 'name' &&
    ts.peek(1).text === '(' &&
    (t.text === 'if_not_exists' || t.text === 'list_append')
  ) {
    ts.next();
    ts.next();
    if (t.text === 'if_not_exists') {
      const path = parsePath(ts, names);
      ts.expect(',');
      const fallback = setOperand(ts, names);
      ts.expect(')');
      return { type: 'if_not_exists', path, fallback };
    }
    const a = setOperand(ts, names);
    ts.expect(',');
    const b = setOperand(ts, names);
    ts.expect(')');
    return { type: 'list_append', a, b };
  }
  return operand(ts, names);
}

function parsePath(ts: TokenStream, names: Names): PathElement[] {
  const path: PathElement[] = [name(ts, names)];
  for (;;) {
    if (ts.accept('.')) path.push(name(ts, names));
    else if (ts.accept('[')) {
      const n = ts.next();
      if (n.kind !== 'number') ts.fail('expected a list index');
      ts.expect(']');
      path.push(Number(n.text));
    } else return path;
  }
}

function name(ts: TokenStream, names: Names): string {
  const t = ts.next();
  if (t.kind === 'placeholder') {
    const real = names?.[t.text];
    if (real === undefined) ts.fail(`${t.text} is not defined in ExpressionAttributeNames`);
    return real;
  }
  if (t.kind !== 'name') ts.fail('expected an attribute name');
  if (RESERVED.has(t.text.toUpperCase()))
    ts.fail(`"${t.text}" is a reserved keyword; use an ExpressionAttributeNames placeholder`);
  return t.text;
}

// A few of DynamoDB's reserved words that show up as attribute names in practice.
const RESERVED = new Set([
  'AND',
  'OR',
  'NOT',
  'BETWEEN',
  'IN',
  'SET',
  'REMOVE',
  'ADD',
  'DELETE',
  'NAME',
  'STATUS',
  'DATA',
  'DATE',
  'TIMESTAMP',
  'USER',
  'COUNT',
  'SIZE',
  'VALUE',
  'KEY',
  'TYPE',
  'ORDER',
  'GROUP',
  'TTL',
  'YEAR',
  'HOUR',
  'COMMENT',
]);
