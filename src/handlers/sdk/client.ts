import type { SdkAnswer } from '../../protocol/messages';

/** Sends one call to the simulation and resolves with the service's reply (never rejects). */
export type SdkSend = (
  service: string,
  operation: string,
  input: unknown,
) => Promise<Pick<SdkAnswer, 'output' | 'error'> & { requestId: string }>;

/** How one command's input and output cross to the simulated service. */
export interface CommandSpec {
  service: string;
  operation: string;
  encode?: (input: Record<string, unknown>) => unknown;
  decode?: (output: Record<string, unknown>, input: Record<string, unknown>) => unknown;
}

const SPEC = Symbol('eventflow.sdk.command');
type Command = { input: Record<string, unknown>; [SPEC]?: CommandSpec };

/** A command class with the SDK's shape: `new SendMessageCommand(input)`, `.input`. */
export function commandClass(
  name: string,
  spec: CommandSpec,
): new (input?: Record<string, unknown>) => Command {
  const C = class {
    input: Record<string, unknown>;
    constructor(input: Record<string, unknown> = {}) {
      this.input = input;
    }
  };
  Object.defineProperty(C, 'name', { value: name });
  Object.defineProperty(C.prototype, SPEC, { value: spec });
  return C as unknown as new (input?: Record<string, unknown>) => Command;
}

export function specOf(command: unknown): CommandSpec | undefined {
  return (command as Command | null)?.[SPEC];
}

/** An error as SDK v3 throws it: name = the exception, $fault, $metadata.httpStatusCode. */
export function sdkError(e: NonNullable<SdkAnswer['error']>, requestId: string): Error {
  const err = new Error(e.message) as Error & Record<string, unknown>;
  err.name = e.type;
  err.$fault = e.status >= 500 ? 'server' : 'client';
  err.$metadata = { httpStatusCode: e.status, requestId, attempts: 1, totalRetryDelay: 0 };
  return err;
}

/** Runs a command through `send`: encode, call, then the output or the thrown error. */
export async function runCommand(send: SdkSend, service: string, command: unknown): Promise<unknown> {
  const spec = specOf(command);
  if (!spec || spec.service !== service)
    throw new TypeError(
      `${(command as object | null)?.constructor?.name ?? String(command)} is not a command of this client`,
    );
  const input = (command as Command).input ?? {};
  const r = await send(spec.service, spec.operation, spec.encode ? spec.encode(input) : input);
  if (r.error) throw sdkError(r.error, r.requestId);
  const output = (r.output ?? {}) as Record<string, unknown>;
  const decoded = (spec.decode ? spec.decode(output, input) : output) as Record<string, unknown>;
  return {
    ...decoded,
    $metadata: { httpStatusCode: 200, requestId: r.requestId, attempts: 1, totalRetryDelay: 0 },
  };
}

/** A client class with the SDK's shape: `new SQSClient(config)`, `.send(command)`, `.destroy()`. */
export function clientClass(
  name: string,
  service: string,
  send: SdkSend,
): new (config?: Record<string, unknown>) => { send(c: unknown): Promise<unknown> } {
  const C = class {
    readonly config: Record<string, unknown>;
    readonly middlewareStack = {
      add() {},
      addRelativeTo() {},
      use() {},
      remove: () => false,
      clone() {
        return this;
      },
    };
    constructor(config: Record<string, unknown> = {}) {
      this.config = config;
    }
    send(command: unknown, callback?: unknown): Promise<unknown> {
      if (typeof callback === 'function')
        return Promise.reject(
          new TypeError('send(command, callback) is not supported here: await client.send(command)'),
        );
      return runCommand(send, service, command);
    }
    destroy(): void {}
  };
  Object.defineProperty(C, 'name', { value: name });
  return C;
}

interface TextCodecs {
  TextEncoder: new () => { encode(s: string): Uint8Array };
  TextDecoder: new () => { decode(b: Uint8Array): string };
}
const codecs = globalThis as unknown as TextCodecs;

/** Bytes (Uint8Array, Buffer, other views) or a string, as UTF-8 text. */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return new codecs.TextDecoder().decode(v);
  if (ArrayBuffer.isView(v))
    return new codecs.TextDecoder().decode(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  if (v instanceof ArrayBuffer) return new codecs.TextDecoder().decode(new Uint8Array(v));
  return v === undefined || v === null ? '' : String(v);
}

/** UTF-8 bytes with the SDK's blob helpers (`transformToString()`), as output payloads come. */
export function blobOf(text: string): Uint8Array & { transformToString(encoding?: string): string } {
  const bytes = new codecs.TextEncoder().encode(text) as Uint8Array & {
    transformToString(encoding?: string): string;
  };
  bytes.transformToString = () => text;
  return bytes;
}
