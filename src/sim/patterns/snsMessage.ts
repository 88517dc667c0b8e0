import { isPlainObject } from './json.ts';

export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/** SNS MessageAttributes entry as Publish takes it; `Type`/`Value` (the delivered shape) also work. */
export interface SnsMessageAttribute {
  readonly DataType?: string;
  readonly StringValue?: string;
  readonly BinaryValue?: unknown;
  readonly Type?: string;
  readonly Value?: string;
}

export interface SnsMessage {
  readonly attributes?: Readonly<Record<string, SnsMessageAttribute>>;
  /** The message body: JSON text, or an already-parsed value. */
  readonly body?: unknown;
}

function parseArray(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : text;
  } catch {
    return text;
  }
}

/**
 * The attributes as the matcher sees them: String as a string, Number as a number (so 5 and
 * 5.0 compare equal), String.Array as its JSON array (matched element by element), and
 * Binary left out, since SNS ignores Binary attributes (subscription-filter-policy-constraints).
 */
export function attributesView(attributes: SnsMessage['attributes']): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  if (!isPlainObject(attributes)) return view;
  for (const [name, attr] of Object.entries(attributes)) {
    if (!isPlainObject(attr)) continue;
    const type = String(attr.DataType ?? attr.Type ?? 'String');
    const text = attr.StringValue ?? attr.Value;
    if (type.startsWith('Binary') || typeof text !== 'string') continue;
    if (type === 'String.Array' || type === 'Number.Array') view[name] = parseArray(text);
    else if (type.startsWith('Number')) {
      const n = Number(text);
      view[name] = text.trim() !== '' && Number.isFinite(n) ? n : text;
    } else view[name] = text;
  }
  return view;
}

/** The body as a JSON object, or undefined when it is not one (such a body never matches). */
export function bodyView(body: unknown): Record<string, unknown> | undefined {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  return isPlainObject(value) ? value : undefined;
}
