import { FORMAT } from '../model';
import { err, ok, type Result } from '../lib/result';
import type { LoadError } from './errors';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Other JSON files people open by mistake, recognised so the message can say what it is. */
const LOOKALIKES: [(doc: JsonRecord) => boolean, string][] = [
  [
    (d) => typeof d.name === 'string' && ('version' in d || 'dependencies' in d || 'scripts' in d),
    'an npm package.json',
  ],
  [(d) => 'lockfileVersion' in d, 'an npm package-lock.json'],
  [(d) => 'compilerOptions' in d, 'a TypeScript tsconfig.json'],
  [(d) => 'AWSTemplateFormatVersion' in d || 'Resources' in d, 'a CloudFormation or SAM template'],
  [(d) => 'StartAt' in d && 'States' in d, 'a Step Functions state machine'],
  [(d) => 'tldrawFileFormatVersion' in d, 'a tldraw drawing'],
  [(d) => d.type === 'excalidraw', 'an Excalidraw drawing'],
  [(d) => 'openapi' in d || 'swagger' in d, 'an OpenAPI document'],
  [
    (d) => typeof d.$schema === 'string' && ('properties' in d || 'definitions' in d || '$defs' in d),
    'a JSON Schema',
  ],
  [(d) => 'detail-type' in d && 'source' in d, 'an EventBridge event'],
];

const NOT_A_FLOW = 'This is not an Eventflow flow file';

/** The envelope: a JSON object saying `"format": "eventflow"` and a whole, positive formatVersion. */
export function checkEnvelope(
  doc: unknown,
  supported: number,
): Result<{ doc: JsonRecord; version: number }, LoadError> {
  if (!isRecord(doc)) {
    const what = Array.isArray(doc) ? 'a JSON array' : doc === null ? 'null' : `a JSON ${typeof doc}`;
    return err({
      type: 'notAFlow',
      looksLike: null,
      message: `${NOT_A_FLOW}: it holds ${what}, and a flow file holds an object with "format": "${FORMAT}".`,
    });
  }
  if (doc.format !== FORMAT) {
    const looksLike = LOOKALIKES.find(([test]) => test(doc))?.[1] ?? null;
    const has =
      'format' in doc
        ? `its "format" is ${JSON.stringify(doc.format)}, not "${FORMAT}"`
        : `it has no "format": "${FORMAT}" field`;
    return err({
      type: 'notAFlow',
      looksLike,
      message: `${NOT_A_FLOW}: ${has}${looksLike ? ` (it looks like ${looksLike})` : ''}.`,
    });
  }
  const version = doc.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const found = version === undefined ? 'it has none' : `it has ${JSON.stringify(version)}`;
    return err({
      type: 'badVersion',
      found: version,
      message: `The file's "formatVersion" must be a whole number from 1 (${found}).`,
    });
  }
  if (version > supported) {
    return err({
      type: 'tooNew',
      version,
      supported,
      message: `This flow was made by a newer version of Eventflow Studio (format ${version}); this version reads up to ${supported}. Update the app to open it.`,
    });
  }
  return ok({ doc, version });
}
