import type { NodeKind } from '../../../model';
import type { NodeContext, OutEdge } from '../../core/types';
import type { SdkCallRequest } from '../../runner';

/** What each SDK service reaches: the node kind, and how a resource of it is named in ARNs. */
const SERVICES: Record<
  string,
  { kind: NodeKind; iam: string; arn: (region: string, account: string, name: string) => string }
> = {
  sqs: { kind: 'queue', iam: 'sqs', arn: (r, a, n) => `arn:aws:sqs:${r}:${a}:${n}` },
  sns: { kind: 'topic', iam: 'sns', arn: (r, a, n) => `arn:aws:sns:${r}:${a}:${n}` },
  eventbridge: { kind: 'bus', iam: 'events', arn: (r, a, n) => `arn:aws:events:${r}:${a}:event-bus/${n}` },
  dynamodb: { kind: 'table', iam: 'dynamodb', arn: (r, a, n) => `arn:aws:dynamodb:${r}:${a}:table/${n}` },
  s3: { kind: 'bucket', iam: 's3', arn: (_r, _a, n) => `arn:aws:s3:::${n}` },
  kinesis: { kind: 'stream', iam: 'kinesis', arn: (r, a, n) => `arn:aws:kinesis:${r}:${a}:stream/${n}` },
  lambda: { kind: 'function', iam: 'lambda', arn: (r, a, n) => `arn:aws:lambda:${r}:${a}:function:${n}` },
};

/** IAM actions whose names differ from the API operation. */
const IAM_ACTION: Record<string, string> = {
  SendMessageBatch: 'SendMessage',
  ListObjectsV2: 'ListBucket',
  Invoke: 'InvokeFunction',
};

/** How the code named the resource: a name, an ARN, a queue URL (or a node id). */
export function resourceOf(call: SdkCallRequest): string {
  const i = (call.input ?? {}) as Record<string, unknown>;
  const pick = (...keys: string[]) => {
    for (const k of keys) if (typeof i[k] === 'string' && i[k] !== '') return i[k] as string;
    return '';
  };
  switch (call.service) {
    case 'sqs':
      return pick('QueueUrl');
    case 'sns':
      return pick('TopicArn', 'TargetArn');
    case 'eventbridge': {
      const first = Array.isArray(i.Entries)
        ? (i.Entries[0] as Record<string, unknown> | undefined)
        : undefined;
      return typeof first?.EventBusName === 'string' && first.EventBusName !== ''
        ? first.EventBusName
        : 'default';
    }
    case 'dynamodb':
      return pick('TableName');
    case 's3':
      return pick('Bucket');
    case 'kinesis':
      return pick('StreamName', 'StreamARN');
    case 'lambda':
      return pick('FunctionName');
    default:
      return '';
  }
}

/** The resource's name inside a name, an ARN or a queue URL. */
export function nameOf(service: string, resource: string): string {
  if (service === 'sqs' && /^https?:\/\//.test(resource))
    return resource.slice(resource.lastIndexOf('/') + 1);
  if (!resource.startsWith('arn:')) {
    // A Lambda partial ARN ("123456789012:function:name") or a name with a qualifier ("name:prod").
    if (service === 'lambda') {
      const m = /(?:^|:)function:([^:]+)/.exec(resource);
      return m ? m[1]! : resource.split(':')[0]!;
    }
    return resource;
  }
  if (service === 'lambda') return /:function:([^:]+)/.exec(resource)?.[1] ?? resource;
  if (service === 's3') return resource.slice('arn:aws:s3:::'.length).split('/')[0]!;
  const last = resource.slice(resource.lastIndexOf(':') + 1);
  return last.includes('/') ? last.slice(last.indexOf('/') + 1) : last;
}

export type Resolved =
  | { type: 'ok'; out: OutEdge; name: string }
  | { type: 'denied'; message: string }
  | { type: 'unknown-service' };

/**
 * The edge a call goes along. Least privilege: a function may reach only what it is
 * connected to; anything else is refused as IAM refuses an action no policy allows.
 */
export function resolveTarget(ctx: NodeContext, call: SdkCallRequest): Resolved {
  const svc = SERVICES[call.service];
  if (!svc) return { type: 'unknown-service' };
  const resource = resourceOf(call);
  const name = nameOf(call.service, resource);
  const out = ctx.outEdges().find((o) => o.targetKind === svc.kind && ctx.nodeAt(o.targetIndex).id === name);
  if (out) return { type: 'ok', out, name };
  const { region, accountId } = ctx.run;
  const fn = ctx.node.id;
  const action = `${svc.iam}:${IAM_ACTION[call.operation] ?? call.operation}`;
  let arn = svc.arn(region, accountId, name || '*');
  if (call.service === 's3' && call.operation !== 'ListObjectsV2') {
    const key = (call.input as { Key?: unknown } | null)?.Key;
    arn += `/${typeof key === 'string' ? key : '*'}`;
  }
  return {
    type: 'denied',
    message:
      `User: arn:aws:sts::${accountId}:assumed-role/${fn}-role/${fn} is not authorized to perform: ${action} ` +
      `on resource: ${arn} because no identity-based policy allows the ${action} action`,
  };
}
