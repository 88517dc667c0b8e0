import { describe, expect, it } from 'vitest';
import { firstFailure } from './batchResponse';
import type { StreamRecord } from './shardLog';

const records = ['100', '200', '300'].map(
  (sequenceNumber, offset) => ({ sequenceNumber, offset }) as StreamRecord,
);

describe('partial batch response', () => {
  it('checkpoints at the lowest failed sequence number', () => {
    expect(
      firstFailure(records, { batchItemFailures: [{ itemIdentifier: '300' }, { itemIdentifier: '200' }] }),
    ).toBe(1);
  });
  it('takes no list, null or an empty list as success', () => {
    expect(firstFailure(records, null)).toBe(-1);
    expect(firstFailure(records, {})).toBe(-1);
    expect(firstFailure(records, { batchItemFailures: [] })).toBe(-1);
    expect(firstFailure(records, { batchItemFailures: null })).toBe(-1);
  });
  it('fails the whole batch for an identifier that is not in it, or a malformed list', () => {
    expect(firstFailure(records, { batchItemFailures: [{ itemIdentifier: '999' }] })).toBe(0);
    expect(firstFailure(records, { batchItemFailures: [{ itemIdentifier: '' }] })).toBe(0);
    expect(firstFailure(records, { batchItemFailures: [{}] })).toBe(0);
    expect(firstFailure(records, { batchItemFailures: 'all' })).toBe(0);
  });
});
