import { DynamoError, marshallItem, unmarshallItem, type Item } from './attributes';

export interface TableRequest {
  operation: string;
  params: Record<string, unknown>;
  /** Plain document values in and out (lib-dynamodb's DynamoDBDocumentClient) instead of DynamoDB JSON. */
  document: boolean;
}

const ITEM_PARAMS = ['Item', 'Key', 'ExclusiveStartKey', 'ExpressionAttributeValues'];
const ITEM_RESULTS = ['Item', 'Attributes', 'LastEvaluatedKey'];

/**
 * Reads a store request (see README "Store requests"): `{ operation, params, document? }`;
 * any other JSON object from a producer is a PutItem of that document.
 */
export function readTableRequest(payload: unknown): TableRequest {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new DynamoError(
      'ValidationException',
      'A table request is { operation, params } or a JSON object to put as an item',
    );
  }
  const p = payload as Record<string, unknown>;
  if (typeof p.operation === 'string') {
    const params = (p.params ?? {}) as Record<string, unknown>;
    if (typeof params !== 'object' || params === null)
      throw new DynamoError('ValidationException', 'params must be an object');
    return { operation: p.operation, params, document: p.document === true };
  }
  return { operation: 'PutItem', params: { Item: p }, document: true };
}

/** Document values -> DynamoDB JSON for the parameters that hold attribute values. */
export function toWire(req: TableRequest): Record<string, unknown> {
  if (!req.document) return req.params;
  const out = { ...req.params };
  for (const k of ITEM_PARAMS) {
    const v = out[k];
    if (v !== undefined && typeof v === 'object' && v !== null)
      out[k] = marshallItem(v as Record<string, unknown>);
  }
  return out;
}

/** DynamoDB JSON results -> document values when the request asked for documents. */
export function fromWire(body: Record<string, unknown>, document: boolean): Record<string, unknown> {
  if (!document) return body;
  const out = { ...body };
  for (const k of ITEM_RESULTS) if (out[k]) out[k] = unmarshallItem(out[k] as Item);
  if (Array.isArray(out.Items)) out.Items = (out.Items as Item[]).map(unmarshallItem);
  return out;
}
