import { describe, expect, it } from 'vitest';
import { DynamoError } from './attributes';
import { TableStore } from './store';

const table = () => new TableStore({ pk: { name: 'pk', type: 'S' }, sk: { name: 'sk', type: 'N' } });
const S = (s: string) => ({ S: s });
const N = (n: number) => ({ N: String(n) });

function fails(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DynamoError) return e.type;
    throw e;
  }
  return 'no error';
}

describe('table store', () => {
  it('puts, gets and deletes items on the key schema', () => {
    const t = table();
    expect(t.execute('PutItem', { Item: { pk: S('a'), sk: N(1), v: S('x') } }).change!.eventName).toBe(
      'INSERT',
    );
    expect(t.execute('GetItem', { Key: { pk: S('a'), sk: N(1) } }).body).toEqual({
      Item: { pk: S('a'), sk: N(1), v: S('x') },
    });
    expect(t.execute('GetItem', { Key: { pk: S('a'), sk: N(2) } }).body).toEqual({});
    expect(
      t.execute('PutItem', { Item: { pk: S('a'), sk: N(1), v: S('y') }, ReturnValues: 'ALL_OLD' }).body,
    ).toEqual({ Attributes: { pk: S('a'), sk: N(1), v: S('x') } });
    const del = t.execute('DeleteItem', { Key: { pk: S('a'), sk: N(1) } });
    expect(del.change).toEqual({
      eventName: 'REMOVE',
      keys: { pk: S('a'), sk: N(1) },
      oldImage: { pk: S('a'), sk: N(1), v: S('y') },
    });
    expect(t.execute('DeleteItem', { Key: { pk: S('a'), sk: N(1) } }).change).toBeNull();
    expect(fails(() => t.execute('PutItem', { Item: { pk: S('a') } }))).toBe('ValidationException');
    expect(fails(() => t.execute('PutItem', { Item: { pk: N(1), sk: N(1) } }))).toBe('ValidationException');
    expect(fails(() => t.execute('GetItem', { Key: { pk: S('a'), sk: N(1), extra: S('no') } }))).toBe(
      'ValidationException',
    );
  });

  it('refuses conditional writes whose condition fails with ConditionalCheckFailedException', () => {
    const t = table();
    const put = (v: number) =>
      t.execute('PutItem', {
        Item: { pk: S('a'), sk: N(1), v: N(v) },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
    put(1);
    expect(fails(() => put(2))).toBe('ConditionalCheckFailedException');
    expect(t.execute('GetItem', { Key: { pk: S('a'), sk: N(1) } }).body).toEqual({
      Item: { pk: S('a'), sk: N(1), v: N(1) },
    });
    const upd = (expr: string, vals: Record<string, unknown>) => () =>
      t.execute('UpdateItem', {
        Key: { pk: S('a'), sk: N(1) },
        UpdateExpression: 'SET v = v + :one',
        ConditionExpression: expr,
        ExpressionAttributeValues: { ':one': N(1), ...vals },
      });
    expect(fails(upd('v = :x', { ':x': N(1) }))).toBe('no error');
    expect(fails(upd('v < :x', { ':x': N(2) }))).toBe('ConditionalCheckFailedException');
    expect(fails(upd('v BETWEEN :a AND :b AND attribute_exists(pk)', { ':a': N(0), ':b': N(5) }))).toBe(
      'no error',
    );
    expect(
      fails(upd('NOT (v IN (:a, :b)) OR begins_with(pk, :p)', { ':a': N(3), ':b': N(4), ':p': S('z') })),
    ).toBe('ConditionalCheckFailedException');
    expect(fails(upd('v <> :a', { ':a': N(3) }))).toBe('ConditionalCheckFailedException');
    expect(fails(upd('#s = :a', {}))).toBe('ValidationException'); // undefined placeholder
    expect(fails(upd('status = :one', {}))).toBe('ValidationException'); // reserved word
    const failed = (() => {
      try {
        t.execute('DeleteItem', {
          Key: { pk: S('a'), sk: N(1) },
          ConditionExpression: 'v > :x',
          ExpressionAttributeValues: { ':x': N(10) },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        });
      } catch (e) {
        return e as DynamoError;
      }
    })();
    expect(failed!.item).toEqual({ pk: S('a'), sk: N(1), v: N(3) });
  });

  it('applies SET, REMOVE, ADD and DELETE update expressions', () => {
    const t = table();
    t.execute('PutItem', {
      Item: {
        pk: S('a'),
        sk: N(1),
        n: N(1),
        tags: { SS: ['x', 'y'] },
        list: { L: [N(1)] },
        m: { M: { inner: S('i') } },
        gone: S('g'),
      },
    });
    const r = t.execute('UpdateItem', {
      Key: { pk: S('a'), sk: N(1) },
      UpdateExpression:
        'SET #n = #n + :two, list = list_append(list, :more), m.inner = :v, created = if_not_exists(created, :v) REMOVE gone ADD counter :two, tags :t DELETE tags :x',
      ExpressionAttributeNames: { '#n': 'n' },
      ExpressionAttributeValues: {
        ':two': N(2),
        ':more': { L: [N(2)] },
        ':v': S('new'),
        ':t': { SS: ['z'] },
        ':x': { SS: ['x'] },
      },
      ReturnValues: 'ALL_NEW',
    });
    expect(r.body.Attributes).toEqual({
      pk: S('a'),
      sk: N(1),
      n: N(3),
      tags: { SS: ['y', 'z'] },
      list: { L: [N(1), N(2)] },
      m: { M: { inner: S('new') } },
      created: S('new'),
      counter: N(2),
    });
    expect(r.change!.eventName).toBe('MODIFY');
    const updatedNew = t.execute('UpdateItem', {
      Key: { pk: S('a'), sk: N(1) },
      UpdateExpression: 'SET n = :v',
      ExpressionAttributeValues: { ':v': N(9) },
      ReturnValues: 'UPDATED_OLD',
    });
    expect(updatedNew.body).toEqual({ Attributes: { n: N(3) } });
    expect(
      fails(() =>
        t.execute('UpdateItem', {
          Key: { pk: S('a'), sk: N(1) },
          UpdateExpression: 'SET pk = :v',
          ExpressionAttributeValues: { ':v': S('b') },
        }),
      ),
    ).toBe('ValidationException');
    // Writing the same values again changes nothing, so no stream record.
    expect(
      t.execute('UpdateItem', {
        Key: { pk: S('a'), sk: N(1) },
        UpdateExpression: 'SET n = :v',
        ExpressionAttributeValues: { ':v': N(9) },
      }).change,
    ).toBeNull();
    // UpdateItem on a missing key creates the item.
    expect(
      t.execute('UpdateItem', {
        Key: { pk: S('b'), sk: N(1) },
        UpdateExpression: 'ADD hits :one',
        ExpressionAttributeValues: { ':one': N(1) },
      }).change!.eventName,
    ).toBe('INSERT');
  });

  it('queries a partition by key condition, in sort-key order, with Limit before the filter', () => {
    const t = table();
    for (let i = 1; i <= 10; i++)
      t.execute('PutItem', { Item: { pk: S('p'), sk: N(i), even: { BOOL: i % 2 === 0 } } });
    t.execute('PutItem', { Item: { pk: S('other'), sk: N(5) } });
    const q = (extra: Record<string, unknown>, expr = 'pk = :p') =>
      t.execute('Query', {
        KeyConditionExpression: expr,
        ExpressionAttributeValues: { ':p': S('p'), ':a': N(3), ':b': N(6), ':t': { BOOL: true } },
        ...extra,
      }).body;
    const sks = (body: Record<string, unknown>) =>
      (body.Items as Array<{ sk: { N: string } }>).map((i) => Number(i.sk.N));
    expect(sks(q({}))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sks(q({}, 'pk = :p AND sk BETWEEN :a AND :b'))).toEqual([3, 4, 5, 6]);
    expect(sks(q({ ScanIndexForward: false }, 'pk = :p AND sk > :b'))).toEqual([10, 9, 8, 7]);
    const page = q({ Limit: 4, FilterExpression: 'even = :t' });
    expect(sks(page)).toEqual([2, 4]);
    expect(page).toMatchObject({ Count: 2, ScannedCount: 4, LastEvaluatedKey: { pk: S('p'), sk: N(4) } });
    expect(sks(q({ Limit: 4, ExclusiveStartKey: { pk: S('p'), sk: N(4) } }))).toEqual([5, 6, 7, 8]);
    expect(fails(() => q({}, 'sk = :a'))).toBe('ValidationException');
    expect(fails(() => q({}, 'pk = :p AND sk = :a AND sk = :b'))).toBe('ValidationException');
    expect(q({ Select: 'COUNT' })).toEqual({ Count: 10, ScannedCount: 10 });
    const s = new TableStore({ pk: { name: 'id', type: 'S' }, sk: { name: 'name', type: 'S' } });
    for (const n of ['apple', 'apricot', 'banana'])
      s.execute('PutItem', { Item: { id: S('f'), name: S(n) } });
    expect(
      (
        s.execute('Query', {
          KeyConditionExpression: 'id = :f AND begins_with(#n, :ap)',
          ExpressionAttributeNames: { '#n': 'name' },
          ExpressionAttributeValues: { ':f': S('f'), ':ap': S('ap') },
        }).body.Items as unknown[]
      ).length,
    ).toBe(2);
  });
});
