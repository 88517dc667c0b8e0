import { describe, expect, it } from 'vitest';
import { md5Hex } from './md5';
import { sha256Hex } from './sha256';
import { queueArn, sqsRecord } from './sqs';
import { snsEnvelope, snsLambdaEvent, subscriptionArn, topicArn } from './sns';
import { busEvent, parsePutEvents } from './eventbridge';
import { applyInputTransformer, resolveJsonPath } from './inputTransform';

/** The structure of a JSON value: keys (in order) and value types, not the values. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.length > 0 ? [shape(v[0])] : [];
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return v === null ? 'null' : typeof v;
}

// Lambda developer guide, with-sqs: the sample event (standard and FIFO).
const SQS_SAMPLE = {
  messageId: '059f36b4-87a3-44ab-83d2-661975830a7d',
  receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...',
  body: 'Test message.',
  attributes: {
    ApproximateReceiveCount: '1',
    SentTimestamp: '1545082649183',
    SenderId: 'AIDAIENQZJOLO23YVJ4VO',
    ApproximateFirstReceiveTimestamp: '1545082649185',
  },
  messageAttributes: {
    myAttribute: { stringValue: 'myValue', stringListValues: [], binaryListValues: [], dataType: 'String' },
  },
  md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-2:123456789012:my-queue',
  awsRegion: 'us-east-2',
};
const SQS_FIFO_ATTRIBUTES = {
  ApproximateReceiveCount: '1',
  SentTimestamp: '1573251510774',
  SequenceNumber: '18849496460467696128',
  MessageGroupId: '1',
  SenderId: 'AIDAIO23YVJENQZJOL4VO',
  MessageDeduplicationId: '1',
  ApproximateFirstReceiveTimestamp: '1573251510774',
};

// Lambda developer guide, with-sns: the sample event.
const SNS_LAMBDA_SAMPLE = {
  Records: [
    {
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn:
        'arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486',
      Sns: {
        Type: 'Notification',
        MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:sns-lambda',
        Subject: 'example subject',
        Message: 'example message',
        Timestamp: '1970-01-01T00:00:00.000Z',
        SignatureVersion: '1',
        Signature: 'EXAMPLE',
        SigningCertUrl: 'EXAMPLE',
        UnsubscribeUrl: 'EXAMPLE',
        MessageAttributes: { Test: { Type: 'String', Value: 'TestString' } },
      },
    },
  ],
};

// SNS developer guide, fan-out to SQS: the message body a subscribed queue receives.
const SNS_SQS_SAMPLE = {
  Type: 'Notification',
  MessageId: '63a3f6b6-d533-4a47-aef9-fcf5cf758c76',
  TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
  Subject: 'Testing publish to subscribed queues',
  Message: 'Hello world!',
  Timestamp: '2012-03-29T05:12:16.901Z',
  SignatureVersion: '1',
  Signature: 'EXAMPLEnTrFPa3...',
  SigningCertURL:
    'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem',
  UnsubscribeURL:
    'https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:123456789012:MyTopic:c7fe3a54-ab0e-4ec2-88e0-db410a0f2bee',
};

// EventBridge user guide, events: an EC2 state-change event.
const EB_SAMPLE = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
};

describe('SQS records', () => {
  const base = {
    messageId: 'm-1',
    body: 'Test message.',
    sentAt: 5,
    firstReceiveAt: 7,
    receiveCount: 1,
    senderId: 'AIDAEXAMPLE',
  };
  it('has the structure of the documented sample, with the MD5 of the body', () => {
    const r = sqsRecord(
      { ...base, attributes: { myAttribute: { DataType: 'String', StringValue: 'myValue' } } },
      queueArn('us-east-2', '123456789012', 'my-queue'),
      'us-east-2',
      1545082649178,
    );
    expect(shape(r)).toEqual(shape(SQS_SAMPLE));
    expect(r.md5OfBody).toBe(SQS_SAMPLE.md5OfBody);
    expect(r.eventSourceARN).toBe(SQS_SAMPLE.eventSourceARN);
    expect(r.attributes.SentTimestamp).toBe('1545082649183');
  });
  it('adds the FIFO attributes in the documented order', () => {
    const r = sqsRecord(
      {
        ...base,
        attributes: {},
        fifo: { sequenceNumber: '18849496460467696128', groupId: '1', deduplicationId: '1' },
      },
      'arn',
      'us-east-1',
      0,
    );
    expect(Object.keys(r.attributes)).toEqual(Object.keys(SQS_FIFO_ATTRIBUTES));
  });
  it('computes MD5 like SQS', () => {
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('The quick brown fox jumps over the lazy dog')).toBe('9e107d9d372bb6826bd81d3542a419d6');
    expect(md5Hex('héllo ✓')).toBe('21b1ae5bc147bb564254200a4731e337');
  });
  it('computes SHA-256 for content-based deduplication ids', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('SNS notifications', () => {
  const topic = topicArn('us-east-1', '123456789012', 'sns-lambda');
  const published = {
    messageId: 'id-1',
    topicArn: topic,
    subject: 'example subject',
    message: 'example message',
    timestamp: '2026-01-01T00:00:00.000Z',
    attributes: { Test: { DataType: 'String', StringValue: 'TestString' } },
  };
  it('gives a Lambda subscription the documented event structure', () => {
    const sub = subscriptionArn(topic, 'e1');
    const ev = snsLambdaEvent(published, sub);
    expect(shape(ev)).toEqual(shape(SNS_LAMBDA_SAMPLE));
    expect(sub).toMatch(
      /^arn:aws:sns:us-east-1:123456789012:sns-lambda:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
  it('says Subject null to Lambda when the publish had none', () => {
    const ev = snsLambdaEvent({ ...published, subject: null }, 'arn') as {
      Records: Array<{ Sns: { Subject: unknown } }>;
    };
    expect(ev.Records[0]!.Sns.Subject).toBeNull();
  });
  it('gives a queue the documented JSON envelope (no MessageAttributes key when there are none)', () => {
    const env = snsEnvelope(
      { ...published, subject: 'Testing publish to subscribed queues', attributes: {} },
      subscriptionArn(topic, 'e2'),
    );
    expect(shape(env)).toEqual(shape(SNS_SQS_SAMPLE));
    const withAttrs = snsEnvelope(published, 'arn');
    expect(withAttrs.MessageAttributes).toEqual({ Test: { Type: 'String', Value: 'TestString' } });
    expect('Subject' in snsEnvelope({ ...published, subject: null }, 'arn')).toBe(false);
  });
});

describe('EventBridge events', () => {
  it('fills in the documented envelope around a PutEvents entry', () => {
    const [entry] = parsePutEvents({
      Entries: [
        {
          Source: 'aws.ec2',
          DetailType: 'EC2 Instance State-change Notification',
          Detail: '{"instance-id":"i-1","state":"terminated"}',
          Resources: ['arn:x'],
        },
      ],
    });
    expect(entry!.ok).toBe(true);
    if (!entry!.ok) return;
    const ev = busEvent(entry!, 'id-1', '111122223333', 'us-west-1', '2017-12-22T18:43:48Z');
    expect(shape(ev)).toEqual(shape(EB_SAMPLE));
    expect(ev.detail).toEqual({ 'instance-id': 'i-1', state: 'terminated' });
  });
  it('refuses entries without Source, DetailType, or with a Detail that is not a JSON object', () => {
    const out = parsePutEvents({
      Entries: [
        { DetailType: 'x', Detail: '{}' },
        { Source: 's', Detail: '{}' },
        { Source: 's', DetailType: 'x', Detail: 'nope' },
        { Source: 's', DetailType: 'x', Detail: '[1]' },
      ],
    });
    expect(out.map((e) => (e.ok ? 'ok' : e.code))).toEqual([
      'InvalidArgument',
      'InvalidArgument',
      'MalformedDetail',
      'MalformedDetail',
    ]);
    expect(parsePutEvents({ hello: 'world' })[0]!.ok).toBe(false);
  });
  it('accepts a bare event from a producer', () => {
    const [e] = parsePutEvents({ source: 'shop', 'detail-type': 'OrderPlaced', detail: { id: 1 } });
    expect(e).toMatchObject({ ok: true, source: 'shop', detailType: 'OrderPlaced', detail: { id: 1 } });
  });
});

describe('input transformation', () => {
  const ctx = {
    ruleArn: 'arn:aws:events:us-east-1:123456789012:rule/default/r1',
    ruleName: 'r1',
    ingestionTime: '2026-01-01T00:00:01Z',
  };
  const ev = EB_SAMPLE as Parameters<typeof applyInputTransformer>[0];
  const paths = {
    instance: '$.detail.instance-id',
    state: '$.detail.state',
    timestamp: '$.time',
    res: '$.resources[0]',
    missing: '$.detail.nothing',
  };
  it('resolves the supported JSONPath forms', () => {
    expect(resolveJsonPath(ev, '$.detail.state')).toBe('terminated');
    expect(resolveJsonPath(ev, '$.resources[0]')).toMatch(/^arn:aws:ec2/);
    expect(resolveJsonPath(ev, "$['detail-type']")).toBe('EC2 Instance State-change Notification');
    expect(resolveJsonPath(ev, '$.detail.*')).toEqual(['i-1234567890abcdef0', 'terminated']);
    expect(resolveJsonPath(ev, '$.nope.x')).toBeUndefined();
  });
  it('fills a string template with the values as text', () => {
    expect(applyInputTransformer(ev, paths, '"<instance> is in state <state> at <timestamp>"', ctx)).toBe(
      '"i-1234567890abcdef0 is in state terminated at 2017-12-22T18:43:48Z"',
    );
  });
  it('puts values in a JSON template as JSON outside quotes and as escaped text inside', () => {
    const out = applyInputTransformer(
      ev,
      paths,
      '{"instance": <instance>, "msg": "<instance> is \\"<state>\\"", "gone": <missing>, "in": "<missing>"}',
      ctx,
    );
    expect(JSON.parse(out)).toEqual({
      instance: 'i-1234567890abcdef0',
      msg: 'i-1234567890abcdef0 is "terminated"',
      gone: null,
      in: '',
    });
  });
  it('knows the reserved variables', () => {
    const out = JSON.parse(
      applyInputTransformer(
        ev,
        {},
        '{"rule": "<aws.events.rule-name>", "arn": <aws.events.rule-arn>, "at": "<aws.events.event.ingestion-time>", "e": <aws.events.event>, "all": <aws.events.event.json>}',
        ctx,
      ),
    );
    expect(out.rule).toBe('r1');
    expect(out.arn).toBe(ctx.ruleArn);
    expect(out.at).toBe(ctx.ingestionTime);
    expect(out.e.detail).toBeUndefined();
    expect(out.e.source).toBe('aws.ec2');
    expect(out.all).toEqual(EB_SAMPLE);
  });
});
