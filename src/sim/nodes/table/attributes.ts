/** A DynamoDB AttributeValue (DynamoDB JSON). */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { M: Item }
  | { L: AttributeValue[] }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] };

export type Item = Record<string, AttributeValue>;

export class DynamoError extends Error {
  constructor(
    readonly type: 'ValidationException' | 'ConditionalCheckFailedException' | 'ResourceNotFoundException',
    message: string,
    readonly item?: Item,
  ) {
    super(message);
  }
}

const TYPES = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS']);

export function typeOf(v: AttributeValue): string {
  return Object.keys(v)[0]!;
}

/** Checks a DynamoDB JSON value (one type key, a value of that type); throws ValidationException. */
export function checkValue(v: unknown, where: string): AttributeValue {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new DynamoError('ValidationException', `${where}: not an AttributeValue`);
  const keys = Object.keys(v);
  const t = keys[0];
  if (keys.length !== 1 || t === undefined || !TYPES.has(t))
    throw new DynamoError(
      'ValidationException',
      `${where}: an AttributeValue has exactly one of S, N, B, BOOL, NULL, M, L, SS, NS, BS`,
    );
  const val = (v as Record<string, unknown>)[t];
  if (t === 'N' && (typeof val !== 'string' || !Number.isFinite(Number(val))))
    throw new DynamoError('ValidationException', `${where}: N must be a number as a string`);
  if (t === 'M') {
    if (typeof val !== 'object' || val === null || Array.isArray(val))
      throw new DynamoError('ValidationException', `${where}: M must be a map`);
    for (const [k, x] of Object.entries(val)) checkValue(x, `${where}.${k}`);
  } else if (t === 'L') {
    if (!Array.isArray(val)) throw new DynamoError('ValidationException', `${where}: L must be a list`);
    val.forEach((x, i) => checkValue(x, `${where}[${i}]`));
  } else if (t === 'SS' || t === 'NS' || t === 'BS') {
    if (!Array.isArray(val) || val.length === 0 || new Set(val).size !== val.length)
      throw new DynamoError(
        'ValidationException',
        `${where}: a set must hold distinct values and may not be empty`,
      );
  }
  return v as AttributeValue;
}

export function checkItem(v: unknown, where: string): Item {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new DynamoError('ValidationException', `${where} must be a map of attributes`);
  for (const [k, x] of Object.entries(v)) checkValue(x, `${where}.${k}`);
  return v as Item;
}

/** Plain JavaScript value -> AttributeValue (what lib-dynamodb's marshall does for JSON values). */
export function marshall(v: unknown): AttributeValue {
  if (v === null || v === undefined) return { NULL: true };
  if (typeof v === 'string') return { S: v };
  if (typeof v === 'number') return { N: String(v) };
  if (typeof v === 'boolean') return { BOOL: v };
  if (Array.isArray(v)) return { L: v.map(marshall) };
  if (v instanceof Set) {
    const items = [...v];
    return items.every((x) => typeof x === 'number') ? { NS: items.map(String) } : { SS: items.map(String) };
  }
  return { M: marshallItem(v as Record<string, unknown>) };
}

export function marshallItem(doc: Record<string, unknown>): Item {
  const out: Item = {};
  for (const [k, v] of Object.entries(doc)) if (v !== undefined) out[k] = marshall(v);
  return out;
}

/** AttributeValue -> plain JavaScript value (sets become arrays, so results stay JSON). */
export function unmarshall(v: AttributeValue): unknown {
  if ('S' in v) return v.S;
  if ('N' in v) return Number(v.N);
  if ('B' in v) return v.B;
  if ('BOOL' in v) return v.BOOL;
  if ('NULL' in v) return null;
  if ('M' in v) return unmarshallItem(v.M);
  if ('L' in v) return v.L.map(unmarshall);
  if ('NS' in v) return v.NS.map(Number);
  if ('SS' in v) return [...v.SS];
  return [...v.BS];
}

export function unmarshallItem(item: Item): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) out[k] = unmarshall(v);
  return out;
}

/** Deep equality of two values (sets compare as sets, numbers by value). */
export function equalValues(a: AttributeValue, b: AttributeValue): boolean {
  const ta = typeOf(a);
  if (ta !== typeOf(b)) return false;
  const x = (a as Record<string, unknown>)[ta];
  const y = (b as Record<string, unknown>)[ta];
  if (ta === 'N') return Number(x) === Number(y);
  if (ta === 'M') return equalItems(x as Item, y as Item);
  if (ta === 'L')
    return (
      (x as AttributeValue[]).length === (y as AttributeValue[]).length &&
      (x as AttributeValue[]).every((e, i) => equalValues(e, (y as AttributeValue[])[i]!))
    );
  if (ta === 'SS' || ta === 'BS') return sameSet(x as string[], y as string[], (s) => s);
  if (ta === 'NS') return sameSet(x as string[], y as string[], (s) => String(Number(s)));
  return x === y;
}

function sameSet(a: string[], b: string[], norm: (s: string) => string): boolean {
  const sa = new Set(a.map(norm));
  return sa.size === new Set(b.map(norm)).size && b.every((e) => sa.has(norm(e)));
}

export function equalItems(a: Item | undefined, b: Item | undefined): boolean {
  if (!a || !b) return a === b;
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length && ka.every((k) => b[k] !== undefined && equalValues(a[k]!, b[k]!))
  );
}

/** Orders two scalar values of the same type (N numerically, S and B by code units); null when not comparable. */
export function compareValues(a: AttributeValue, b: AttributeValue): number | null {
  const t = typeOf(a);
  if (t !== typeOf(b)) return null;
  if ('N' in a) return Math.sign(Number(a.N) - Number((b as { N: string }).N));
  if ('S' in a) return a.S < (b as { S: string }).S ? -1 : a.S > (b as { S: string }).S ? 1 : 0;
  if ('B' in a) return a.B < (b as { B: string }).B ? -1 : a.B > (b as { B: string }).B ? 1 : 0;
  return null;
}

/** Approximate item size as DynamoDB counts it: attribute names plus values, in bytes. */
export function itemSize(item: Item): number {
  let n = 0;
  for (const [k, v] of Object.entries(item)) n += byteLength(k) + valueSize(v);
  return n;
}

function valueSize(v: AttributeValue): number {
  if ('S' in v) return byteLength(v.S);
  if ('N' in v) return Math.ceil(v.N.replace(/^-|\.|e.*$/gi, '').length / 2) + 1;
  if ('B' in v) return Math.ceil((v.B.length * 3) / 4);
  if ('BOOL' in v || 'NULL' in v) return 1;
  if ('M' in v) return 3 + itemSize(v.M) + Object.keys(v.M).length;
  if ('L' in v) return 3 + v.L.reduce((a, e) => a + 1 + valueSize(e), 0);
  if ('SS' in v) return v.SS.reduce((a, e) => a + byteLength(e), 0);
  if ('NS' in v) return v.NS.reduce((a, e) => a + valueSize({ N: e }), 0);
  return v.BS.reduce((a, e) => a + Math.ceil((e.length * 3) / 4), 0);
}

function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}
