import { clientClass, commandClass, specOf, type SdkSend } from './client';

type Doc = Record<string, unknown>;
type Attr = Record<string, unknown>;
interface MarshallOptions {
  removeUndefinedValues?: boolean;
  convertEmptyValues?: boolean;
}

const OPERATIONS = ['PutItem', 'GetItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan'] as const;
const IN_PARAMS = ['Item', 'Key', 'ExpressionAttributeValues', 'ExclusiveStartKey'];

/** A JavaScript value as a DynamoDB attribute value, as @aws-sdk/util-dynamodb marshalls it. */
export function marshallValue(v: unknown, o: MarshallOptions): Attr | undefined {
  if (v === null) return { NULL: true };
  if (v === undefined) {
    if (o.removeUndefinedValues) return undefined;
    throw new Error('Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.');
  }
  if (typeof v === 'string') return v === '' && o.convertEmptyValues ? { NULL: true } : { S: v };
  if (typeof v === 'boolean') return { BOOL: v };
  if (typeof v === 'bigint') return { N: v.toString() };
  if (typeof v === 'number') {
    if (Number.isInteger(v) && !Number.isSafeInteger(v))
      throw new Error(`Number ${v} is greater than Number.MAX_SAFE_INTEGER. Use BigInt.`);
    if (!Number.isFinite(v)) throw new Error(`Special numeric value ${v} is not allowed`);
    return { N: String(v) };
  }
  if (v instanceof Uint8Array) return { B: v };
  if (Array.isArray(v)) return { L: v.map((x) => marshallValue(x, o)).filter((x) => x !== undefined) };
  if (v instanceof Set) return marshallSet(v, o);
  if (v instanceof Map) return { M: marshallDoc(Object.fromEntries(v), o) };
  if (
    typeof v === 'object' &&
    (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)
  )
    return { M: marshallDoc(v as Doc, o) };
  throw new Error(
    `Unsupported type passed: ${String(v)}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`,
  );
}

function marshallSet(set: Set<unknown>, o: MarshallOptions): Attr | undefined {
  const items = [...set].filter((x) => x !== undefined || !o.removeUndefinedValues);
  if (items.length === 0) {
    if (o.convertEmptyValues) return { NULL: true };
    throw new Error('Pass a non-empty set, or options.convertEmptyValues=true.');
  }
  const first = items[0];
  if (typeof first === 'string') return { SS: items.map(String) };
  if (typeof first === 'number' || typeof first === 'bigint') return { NS: items.map((x) => String(x)) };
  if (first instanceof Uint8Array) return { BS: items };
  throw new Error('Only Set of string, number, bigint or binary are allowed');
}

export function marshallDoc(doc: Doc, o: MarshallOptions = {}): Record<string, Attr> {
  const out: Record<string, Attr> = {};
  for (const [k, v] of Object.entries(doc)) {
    const a = marshallValue(v, o);
    if (a !== undefined) out[k] = a;
  }
  return out;
}

/** A DynamoDB attribute value as a JavaScript value (numbers as numbers, sets as Set). */
export function unmarshallValue(a: Attr): unknown {
  if ('S' in a) return a.S;
  if ('N' in a) return Number(a.N);
  if ('BOOL' in a) return a.BOOL;
  if ('NULL' in a) return null;
  if ('L' in a) return (a.L as Attr[]).map(unmarshallValue);
  if ('M' in a) return unmarshallDoc(a.M as Record<string, Attr>);
  if ('SS' in a) return new Set(a.SS as string[]);
  if ('NS' in a) return new Set((a.NS as string[]).map(Number));
  if ('B' in a) return a.B;
  if ('BS' in a) return new Set(a.BS as unknown[]);
  return undefined;
}

export function unmarshallDoc(item: Record<string, Attr>): Doc {
  const out: Doc = {};
  for (const [k, a] of Object.entries(item)) out[k] = unmarshallValue(a);
  return out;
}

/** @aws-sdk/client-dynamodb: the low-level client, DynamoDB JSON in and out. */
export function dynamodbModule(send: SdkSend): Record<string, unknown> {
  const m: Record<string, unknown> = { DynamoDBClient: clientClass('DynamoDBClient', 'dynamodb', send) };
  for (const op of OPERATIONS)
    m[`${op}Command`] = commandClass(`${op}Command`, { service: 'dynamodb', operation: op });
  return m;
}

/** @aws-sdk/lib-dynamodb: document values, marshalled on the way out and back as the real library does. */
export function libDynamodbModule(): Record<string, unknown> {
  const names: Record<string, (typeof OPERATIONS)[number]> = {
    Put: 'PutItem',
    Get: 'GetItem',
    Update: 'UpdateItem',
    Delete: 'DeleteItem',
    Query: 'Query',
    Scan: 'Scan',
  };
  const m: Record<string, unknown> = {};
  for (const [short, op] of Object.entries(names)) {
    m[`${short}Command`] = commandClass(`${short}Command`, { service: 'dynamodb-document', operation: op });
  }
  class DynamoDBDocumentClient {
    readonly config: Record<string, unknown>;
    constructor(
      private readonly client: { send(c: unknown): Promise<unknown> },
      private readonly translateConfig: { marshallOptions?: MarshallOptions } = {},
    ) {
      this.config = (client as { config?: Record<string, unknown> }).config ?? {};
    }
    static from(
      client: { send(c: unknown): Promise<unknown> },
      translateConfig?: { marshallOptions?: MarshallOptions },
    ): DynamoDBDocumentClient {
      return new DynamoDBDocumentClient(client, translateConfig);
    }
    send(command: unknown): Promise<unknown> {
      const spec = specOf(command);
      if (!spec || spec.service !== 'dynamodb-document') return this.client.send(command);
      const options = this.translateConfig.marshallOptions ?? {};
      const input = (command as { input: Doc }).input ?? {};
      let wire: Doc;
      try {
        wire = { ...input };
        for (const k of IN_PARAMS)
          if (wire[k] && typeof wire[k] === 'object') wire[k] = marshallDoc(wire[k] as Doc, options);
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      return sendLow(this.client, spec.operation, wire).then(fromWire);
    }
    destroy(): void {}
  }
  m.DynamoDBDocumentClient = DynamoDBDocumentClient;
  m.DynamoDBDocument = DynamoDBDocumentClient;
  return m;
}

const lowCommands = new Map<string, new (input: Doc) => unknown>();

/** Sends through the wrapped low-level client, as lib-dynamodb does (its middleware and all). */
function sendLow(client: { send(c: unknown): Promise<unknown> }, operation: string, wire: Doc): Promise<Doc> {
  let C = lowCommands.get(operation);
  if (!C)
    lowCommands.set(operation, (C = commandClass(`${operation}Command`, { service: 'dynamodb', operation })));
  return client.send(new C(wire)) as Promise<Doc>;
}

function fromWire(out: Doc): Doc {
  const r = { ...out };
  for (const k of ['Item', 'Attributes', 'LastEvaluatedKey'])
    if (r[k]) r[k] = unmarshallDoc(r[k] as Record<string, Attr>);
  if (Array.isArray(r.Items)) r.Items = (r.Items as Record<string, Attr>[]).map(unmarshallDoc);
  return r;
}
