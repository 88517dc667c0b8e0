import { describe, expect, it } from 'vitest';
import {
  BusSettings,
  EdgeSettings,
  FunctionSettings,
  QueueSettings,
  ScheduleSettings,
  StreamSettings,
} from '../../../model';
import { issueMessage, rangeText } from './issues';
import { numberBounds, schemaAt } from './schemaAt';
import { checkField } from './validate';

const fn = FunctionSettings.parse({});

describe('schemaAt and numberBounds', () => {
  it('finds the bounds of a wrapped number', () => {
    expect(numberBounds(schemaAt(FunctionSettings, ['memorySize'], fn))).toEqual({
      min: 128,
      max: 10_240,
      int: true,
    });
    expect(numberBounds(schemaAt(FunctionSettings, ['reservedConcurrentExecutions'], fn))).toEqual({
      min: 0,
      max: 100_000,
      int: true,
    });
  });

  it('follows the branch of a discriminated union', () => {
    const sqs = EdgeSettings.parse({ type: 'sqsMapping' });
    expect(numberBounds(schemaAt(EdgeSettings, ['batchSize'], sqs))?.max).toBe(10_000);
    const dl = EdgeSettings.parse({ type: 'deadLetter' });
    expect(numberBounds(schemaAt(EdgeSettings, ['maxReceiveCount'], dl))).toMatchObject({
      min: 1,
      max: 1000,
    });
    expect(schemaAt(EdgeSettings, ['batchSize'], dl)).toBeNull();
  });

  it('goes into arrays and nested objects', () => {
    const bus = BusSettings.parse({ rules: [{ name: 'r', eventPattern: {}, targets: [{ nodeId: 'f' }] }] });
    const s = schemaAt(BusSettings, ['rules', 0, 'targets', 0, 'retryPolicy', 'maximumRetryAttempts'], bus);
    expect(numberBounds(s)).toMatchObject({ min: 0, max: 185 });
  });
});

describe('checkField', () => {
  const meta = { label: 'Memory', unit: 'MB' };

  it('explains a number out of range in words', () => {
    const r = checkField(FunctionSettings, fn, ['memorySize'], 64, meta);
    expect(r).toEqual({ ok: false, message: 'Memory must be between 128 and 10,240 MB.' });
  });

  it('explains a fraction where a whole number is needed', () => {
    const r = checkField(FunctionSettings, fn, ['memorySize'], 256.5, meta);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe('Memory must be a whole number between 128 and 10,240 MB.');
  });

  it('returns the parsed candidate when valid', () => {
    const r = checkField(FunctionSettings, fn, ['memorySize'], 1024, meta);
    expect(r.ok && (r.next as typeof fn).memorySize).toBe(1024);
    expect(r.ok && (r.next as typeof fn).timeout).toBe(3);
  });

  it('uses the schema message for a pattern, prefixed by the label', () => {
    const r = checkField(FunctionSettings, fn, ['handler'], 'nodot', { label: 'Handler' });
    expect(r).toEqual({ ok: false, message: 'Handler must look like file.export, e.g. index.handler.' });
  });

  it('accepts null for a nullable number and refuses it for a required one', () => {
    expect(
      checkField(FunctionSettings, fn, ['reservedConcurrentExecutions'], null, { label: 'Reserved' }).ok,
    ).toBe(true);
    expect(checkField(FunctionSettings, fn, ['timeout'], null, { label: 'Timeout' }).ok).toBe(false);
  });

  it('reports a refinement on a sibling caused by this edit', () => {
    const s = FunctionSettings.parse({ duration: { type: 'uniform', min: 10, max: 20 } });
    const r = checkField(FunctionSettings, s, ['duration', 'min'], 50, { label: 'Minimum' });
    expect(r).toEqual({ ok: false, message: 'Minimum: max must be at least min.' });
  });

  it('names a bad environment variable name', () => {
    const r = checkField(FunctionSettings, fn, ['environment'], { '1BAD': 'x' }, { label: 'Variables' });
    expect(!r.ok && r.message).toMatch(/"1BAD" is not allowed: environment variable names use letters/);
  });

  it('validates a refined number on an edge', () => {
    const st = EdgeSettings.parse({ type: 'streamMapping' });
    const r = checkField(EdgeSettings, st, ['maximumRecordAgeInSeconds'], 30, { label: 'Maximum age' });
    expect(!r.ok && r.message).toBe('Maximum age must be -1 (no limit) or 60 to 604,800 seconds.');
  });

  it('validates a schedule expression and the queue retention', () => {
    const sch = ScheduleSettings.parse({});
    expect(
      checkField(ScheduleSettings, sch, ['scheduleExpression'], 'every minute', { label: 'Expression' }).ok,
    ).toBe(false);
    const q = QueueSettings.parse({});
    const r = checkField(QueueSettings, q, ['messageRetentionPeriod'], 20, { label: 'Retention', unit: 's' });
    expect(!r.ok && r.message).toBe('Retention must be between 60 and 1,209,600 s.');
    const s = StreamSettings.parse({});
    expect(checkField(StreamSettings, s, ['shardCount'], 0, { label: 'Shards' }).ok).toBe(false);
  });
});

describe('issueMessage', () => {
  it('words an exclusive bound', () => {
    const s = FunctionSettings.parse({ duration: { type: 'lognormal', median: 40, sigma: 0.4 } });
    const r = checkField(FunctionSettings, s, ['duration', 'median'], 0, { label: 'Median', unit: 'ms' });
    expect(r).toEqual({ ok: false, message: 'Median must be greater than 0 ms.' });
  });

  it('words string and array limits', () => {
    expect(
      issueMessage(
        {
          code: 'too_small',
          origin: 'string',
          minimum: 1,
          inclusive: true,
          path: [],
          message: '',
          input: '',
        },
        { label: 'Label' },
      ),
    ).toBe('Label must not be empty.');
    expect(
      issueMessage(
        { code: 'too_big', origin: 'array', maximum: 5, inclusive: true, path: [], message: '', input: [] },
        { label: 'Targets' },
      ),
    ).toBe('Targets must have at most 5 items.');
  });

  it('words a one-sided range', () => {
    expect(rangeText({ min: 1, max: null, int: true }, 'req/s')).toBe('at least 1 req/s');
    expect(rangeText(null)).toBeNull();
  });
});
