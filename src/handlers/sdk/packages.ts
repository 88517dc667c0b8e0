import {
  blobOf,
  clientClass,
  commandClass,
  sdkError,
  textOf,
  type CommandSpec,
  type SdkSend,
} from './client';
import { dynamodbModule, libDynamodbModule } from './dynamodb';

type Doc = Record<string, unknown>;
type Module = Record<string, unknown>;

function module(
  client: string,
  service: string,
  send: SdkSend,
  commands: Record<string, Omit<CommandSpec, 'service'>>,
): Module {
  const m: Module = { [client]: clientClass(client, service, send) };
  for (const [name, spec] of Object.entries(commands)) m[name] = commandClass(name, { service, ...spec });
  return m;
}

/** A GetObject body: the stored text with the SDK stream's transform helpers. */
function objectBody(text: string): Doc {
  const bytes = blobOf(text);
  return {
    transformToString: async () => text,
    transformToByteArray: async () => bytes,
    [Symbol.asyncIterator]: async function* () {
      yield bytes;
    },
  };
}

const kinesisData = (r: Doc): Doc => ({ ...r, Data: textOf(r.Data) });

/** Lambda's Invoke: the payload is JSON bytes each way. */
function invokeInput(input: Doc): Doc {
  const text = textOf(input.Payload);
  let payload: unknown = {};
  if (text !== '') {
    try {
      payload = JSON.parse(text);
    } catch (e) {
      throw sdkError(
        {
          type: 'InvalidRequestContentException',
          message: `Could not parse request body into json: ${(e as Error).message}`,
          status: 400,
        },
        '',
      );
    }
  }
  return { ...input, Payload: payload };
}

/** The modules handler code may import, by specifier; each is built per environment. */
export const SDK_PACKAGES: Record<string, (send: SdkSend) => Module> = {
  '@aws-sdk/client-sqs': (send) =>
    module('SQSClient', 'sqs', send, {
      SendMessageCommand: { operation: 'SendMessage' },
      SendMessageBatchCommand: { operation: 'SendMessageBatch' },
    }),
  '@aws-sdk/client-sns': (send) =>
    module('SNSClient', 'sns', send, { PublishCommand: { operation: 'Publish' } }),
  '@aws-sdk/client-eventbridge': (send) =>
    module('EventBridgeClient', 'eventbridge', send, { PutEventsCommand: { operation: 'PutEvents' } }),
  '@aws-sdk/client-dynamodb': dynamodbModule,
  '@aws-sdk/lib-dynamodb': () => libDynamodbModule(),
  '@aws-sdk/client-s3': (send) =>
    module('S3Client', 's3', send, {
      PutObjectCommand: { operation: 'PutObject', encode: (i) => ({ ...i, Body: textOf(i.Body) }) },
      GetObjectCommand: {
        operation: 'GetObject',
        decode: (o) => ({ ...o, Body: objectBody(textOf(o.Body)) }),
      },
      ListObjectsV2Command: { operation: 'ListObjectsV2' },
      DeleteObjectCommand: { operation: 'DeleteObject' },
    }),
  '@aws-sdk/client-kinesis': (send) =>
    module('KinesisClient', 'kinesis', send, {
      PutRecordCommand: { operation: 'PutRecord', encode: kinesisData },
      PutRecordsCommand: {
        operation: 'PutRecords',
        encode: (i) => ({
          ...i,
          Records: Array.isArray(i.Records) ? (i.Records as Doc[]).map(kinesisData) : i.Records,
        }),
      },
    }),
  '@aws-sdk/client-lambda': (send) =>
    module('LambdaClient', 'lambda', send, {
      InvokeCommand: {
        operation: 'Invoke',
        encode: invokeInput,
        decode: (o) => ({
          ...o,
          Payload: blobOf(o.Payload === undefined ? '' : (JSON.stringify(o.Payload) ?? 'null')),
        }),
      },
    }),
};

export function isSdkPackage(spec: string): boolean {
  return Object.prototype.hasOwnProperty.call(SDK_PACKAGES, spec);
}
