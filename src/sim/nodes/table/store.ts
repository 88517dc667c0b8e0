import {
  checkItem,
  checkValue,
  compareValues,
  DynamoError,
  equalItems,
  typeOf,
  type AttributeValue,
  type Item,
} from './attributes';
import { applyUpdate, evalCondition, resolvePath } from './evaluate';
import { parseCondition, parseUpdate, type Condition } from './expression';
import { keyConditionParts } from './keyCondition';

export interface KeySchema {
  pk: { name: string; type: 'S' | 'N' | 'B' };
  sk: { name: string; type: 'S' | 'N' | 'B' } | null;
}

/** What a write did to an item: the source of a DynamoDB Streams record. */
export interface Change {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  keys: Item;
  oldImage?: Item;
  newImage?: Item;
}

export interface OpResult {
  body: Record<string, unknown>;
  change: Change | null;
}

type Params = Record<string, unknown>;

/** The items of one table and the DynamoDB operations on them (DynamoDB JSON in and out). */
export class TableStore {
  private partitions = new Map<string, Map<string, Item>>();
  count = 0;

  constructor(readonly schema: KeySchema) {}

  /** Runs one operation; throws DynamoError (ValidationException, ConditionalCheckFailedException). */
  execute(operation: string, params: Params): OpResult {
    for (const legacy of [
      'Expected',
      'AttributeUpdates',
      'KeyConditions',
      'QueryFilter',
      'ScanFilter',
      'AttributesToGet',
    ]) {
      if (legacy in params)
        throw new DynamoError(
          'ValidationException',
          `The legacy parameter ${legacy} is not simulated; use the expression parameters`,
        );
    }
    switch (operation) {
      case 'PutItem':
        return this.put(params);
      case 'GetItem':
        return this.get(params);
      case 'UpdateItem':
        return this.update(params);
      case 'DeleteItem':
        return this.delete(params);
      case 'Query':
        return this.query(params);
      case 'Scan':
        return this.scan(params);
      default:
        throw new DynamoError(
          'ValidationException',
          `Unknown operation ${operation}: use PutItem, GetItem, UpdateItem, DeleteItem, Query or Scan`,
        );
    }
  }

  /** Every item, in partition then sort-key order (the inspector's view). */
  items(): Item[] {
    const out: Item[] = [];
    for (const part of this.partitions.values()) out.push(...this.sorted(part, true));
    return out;
  }

  private keyOf(item: Item, exact: boolean, where: string): { key: Item; pkStr: string; str: string } {
    const { pk, sk } = this.schema;
    const key: Item = {};
    for (const a of sk ? [pk, sk] : [pk]) {
      const v = item[a.name];
      if (!v || typeOf(v) !== a.type)
        throw new DynamoError(
          'ValidationException',
          `${where}: the key attribute ${a.name} (type ${a.type}) is missing or has the wrong type`,
        );
      if ('S' in v && v.S === '')
        throw new DynamoError(
          'ValidationException',
          `${where}: the key attribute ${a.name} may not be an empty string`,
        );
      key[a.name] = v;
    }
    if (exact && Object.keys(item).length !== Object.keys(key).length)
      throw new DynamoError('ValidationException', 'The provided key element does not match the schema');
    const pkStr = JSON.stringify(key[pk.name]);
    return { key, pkStr, str: sk ? `${pkStr}|${JSON.stringify(key[sk.name])}` : pkStr };
  }

  private lookup(pkStr: string, str: string): Item | undefined {
    return this.partitions.get(pkStr)?.get(str);
  }

  private store(pkStr: string, str: string, item: Item | undefined): void {
    let part = this.partitions.get(pkStr);
    if (item) {
      if (!part) this.partitions.set(pkStr, (part = new Map()));
      if (!part.has(str)) this.count++;
      part.set(str, item);
    } else if (part?.delete(str)) {
      this.count--;
      if (part.size === 0) this.partitions.delete(pkStr);
    }
  }

  private check(params: Params, old: Item | undefined): void {
    const expr = params.ConditionExpression;
    if (expr === undefined) return;
    if (typeof expr !== 'string')
      throw new DynamoError('ValidationException', 'ConditionExpression must be a string');
    if (!evalCondition(parseCondition(expr, names(params)), old, values(params))) {
      const withItem = params.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' ? old : undefined;
      throw new DynamoError('ConditionalCheckFailedException', 'The conditional request failed', withItem);
    }
  }

  private put(params: Params): OpResult {
    // The store keeps its own copy: the sender may reuse its object.
    const item = JSON.parse(JSON.stringify(checkItem(params.Item, 'Item'))) as Item;
    const { key, pkStr, str } = this.keyOf(item, false, 'Item');
    const old = this.lookup(pkStr, str);
    this.check(params, old);
    this.store(pkStr, str, item);
    const body = params.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {};
    return { body, change: changeOf(key, old, item) };
  }

  private get(params: Params): OpResult {
    const { pkStr, str } = this.keyOf(checkItem(params.Key, 'Key'), true, 'Key');
    const item = this.lookup(pkStr, str);
    return { body: item ? { Item: project(item, params) } : {}, change: null };
  }

  private update(params: Params): OpResult {
    const { key, pkStr, str } = this.keyOf(checkItem(params.Key, 'Key'), true, 'Key');
    const old = this.lookup(pkStr, str);
    this.check(params, old);
    const expr = params.UpdateExpression;
    let next: Item = { ...(old ?? key) };
    if (expr !== undefined) {
      if (typeof expr !== 'string')
        throw new DynamoError('ValidationException', 'UpdateExpression must be a string');
      const actions = parseUpdate(expr, names(params));
      next = applyUpdate(actions, old ?? key, values(params), Object.keys(key));
      this.store(pkStr, str, next);
      const rv = params.ReturnValues;
      const touched = new Set(actions.map((a) => a.path[0] as string));
      const pick = (it: Item | undefined) =>
        Object.fromEntries(Object.entries(it ?? {}).filter(([k]) => touched.has(k)));
      const attrs =
        rv === 'ALL_NEW'
          ? next
          : rv === 'ALL_OLD'
            ? old
            : rv === 'UPDATED_NEW'
              ? pick(next)
              : rv === 'UPDATED_OLD'
                ? pick(old)
                : undefined;
      return {
        body: attrs && Object.keys(attrs).length > 0 ? { Attributes: attrs } : {},
        change: changeOf(key, old, next),
      };
    }
    this.store(pkStr, str, next);
    return {
      body: params.ReturnValues === 'ALL_NEW' ? { Attributes: next } : {},
      change: changeOf(key, old, next),
    };
  }

  private delete(params: Params): OpResult {
    const { key, pkStr, str } = this.keyOf(checkItem(params.Key, 'Key'), true, 'Key');
    const old = this.lookup(pkStr, str);
    this.check(params, old);
    this.store(pkStr, str, undefined);
    return {
      body: params.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {},
      change: old ? { eventName: 'REMOVE', keys: key, oldImage: old } : null,
    };
  }

  private query(params: Params): OpResult {
    if (typeof params.KeyConditionExpression !== 'string')
      throw new DynamoError('ValidationException', 'Query needs a KeyConditionExpression');
    const cond = parseCondition(params.KeyConditionExpression, names(params));
    const vals = values(params);
    const pkValue = keyConditionParts(cond, this.schema, vals);
    const part = this.partitions.get(JSON.stringify(pkValue));
    const candidates = part
      ? this.sorted(part, params.ScanIndexForward !== false).filter((it) => evalCondition(cond, it, vals))
      : [];
    return { body: this.page(candidates, params), change: null };
  }

  private scan(params: Params): OpResult {
    return { body: this.page(this.items(), params), change: null };
  }

  /** ExclusiveStartKey, Limit (counted before the filter, as DynamoDB does), FilterExpression, Select, projection. */
  private page(all: Item[], params: Params): Record<string, unknown> {
    let start = 0;
    if (params.ExclusiveStartKey !== undefined) {
      const { str } = this.keyOf(
        checkItem(params.ExclusiveStartKey, 'ExclusiveStartKey'),
        true,
        'ExclusiveStartKey',
      );
      start = all.findIndex((it) => this.keyOf(it, false, 'Item').str === str) + 1;
    }
    const limit = typeof params.Limit === 'number' && params.Limit > 0 ? params.Limit : Infinity;
    const scanned = all.slice(start, start + limit);
    const filter: Condition | null =
      typeof params.FilterExpression === 'string'
        ? parseCondition(params.FilterExpression, names(params))
        : null;
    const vals = values(params);
    const kept = filter ? scanned.filter((it) => evalCondition(filter, it, vals)) : scanned;
    const body: Record<string, unknown> = { Count: kept.length, ScannedCount: scanned.length };
    if (params.Select !== 'COUNT') body.Items = kept.map((it) => project(it, params));
    if (start + limit < all.length)
      body.LastEvaluatedKey = this.keyOf(scanned[scanned.length - 1]!, false, 'Item').key;
    return body;
  }

  private sorted(part: Map<string, Item>, forward: boolean): Item[] {
    const sk = this.schema.sk;
    const list = [...part.values()];
    if (sk) list.sort((a, b) => compareValues(a[sk.name]!, b[sk.name]!) ?? 0);
    return forward ? list : list.reverse();
  }
}

function names(params: Params): Record<string, string> | undefined {
  return params.ExpressionAttributeNames as Record<string, string> | undefined;
}

function values(params: Params): Item | undefined {
  const v = params.ExpressionAttributeValues;
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null)
    throw new DynamoError('ValidationException', 'ExpressionAttributeValues must be a map');
  for (const [k, x] of Object.entries(v)) checkValue(x, `ExpressionAttributeValues.${k}`);
  return v as Item;
}

/** ProjectionExpression: keeps the named top-level attributes (nested paths keep their top-level attribute). */
function project(item: Item, params: Params): Item {
  const expr = params.ProjectionExpression;
  if (typeof expr !== 'string') return item;
  const out: Item = {};
  for (const part of expr.split(',')) {
    const first = part.trim().split(/[.[]/)[0]!;
    const name = first.startsWith('#') ? names(params)?.[first] : first;
    if (name === undefined)
      throw new DynamoError('ValidationException', `${first} is not defined in ExpressionAttributeNames`);
    const v: AttributeValue | undefined = resolvePath(item, [name]);
    if (v) out[name] = v;
  }
  return out;
}

function changeOf(keys: Item, old: Item | undefined, next: Item): Change | null {
  // A write that leaves the item as it was produces no stream record.
  if (old && equalItems(old, next)) return null;
  return old
    ? { eventName: 'MODIFY', keys, oldImage: old, newImage: next }
    : { eventName: 'INSERT', keys, newImage: next };
}
