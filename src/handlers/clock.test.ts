import { describe, expect, it } from 'vitest';
import { VirtualClock, virtualDateClass } from './clock';
import { hashText, randomUuid, seededRandom } from './random';
import { mapStack } from './errors';

describe('the virtual clock', () => {
  it('fires timers in (time, order) and follows Node for delays below 1 ms', () => {
    const c = new VirtualClock();
    const seen: string[] = [];
    c.add(() => seen.push('b'), 10, [], false);
    c.add(() => seen.push('a0'), 0, [], false);
    c.add(() => seen.push('c'), 10, [], false);
    c.fireNext();
    expect([c.now, ...seen]).toEqual([1, 'a0']);
    c.fireNext();
    expect([c.now, ...seen]).toEqual([10, 'a0', 'b', 'c']);
    expect(c.nextAt()).toBe(Infinity);
  });

  it('returns Node-like Timeout objects that clear by object or by number', () => {
    const c = new VirtualClock();
    const seen: number[] = [];
    const a = c.add(() => seen.push(1), 5, [], false);
    const b = c.add(() => seen.push(2), 5, [], false);
    expect(a.unref()).toBe(a);
    expect(a.hasRef()).toBe(true);
    c.clear(a);
    c.clear(+b);
    expect(c.pending).toBe(0);
    expect(typeof +a).toBe('number');
  });

  it('gives Date and Date.now the virtual time', () => {
    let now = 1_700_000_000_000;
    const D = virtualDateClass(() => now);
    expect(new D().getTime()).toBe(now);
    now += 5;
    expect(D.now()).toBe(1_700_000_000_005);
    expect(new D(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new D() instanceof Date).toBe(true);
  });
});

describe('seeded randomness', () => {
  it('repeats for one seed and differs across seeds', () => {
    const a = seededRandom(hashText('f#1', 7));
    const b = seededRandom(hashText('f#1', 7));
    const c = seededRandom(hashText('f#2', 7));
    const draw = (r: ReturnType<typeof seededRandom>) => [r.next(), r.next(), r.next()];
    const da = draw(a);
    expect(draw(b)).toEqual(da);
    expect(draw(c)).not.toEqual(da);
    expect(da.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(randomUuid(seededRandom(1))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('stack mapping', () => {
  it('keeps the handler frames on its own file and lines, and drops the sandbox frames', () => {
    const url = 'blob:null/abc';
    const stack = `Error: x\n    at handler (${url}:1:60)\n    at run (blob:null/worker:10:5)\n    at ${url}:4:2`;
    expect(mapStack(stack, url, 50)).toBe(
      'Error: x\n    at handler (file:///var/task/index.mjs:1:10)\n    at file:///var/task/index.mjs:4:2',
    );
  });
});
