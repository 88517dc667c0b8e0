import { describe, expect, it } from 'vitest';
import { compileTemplate, parseBody } from './template';

describe('body templates', () => {
  const t = compileTemplate(
    '{"id":"{{uuid}}","n":{{seq}},"k":{{int 1 3}},"c":"{{pick red green}}","at":"{{now}}","x":"{{nope}}"}',
  );

  it('fills every placeholder and keeps unknown ones as written', () => {
    const body = parseBody(t.render(7, 99, '2026-01-01T00:00:00.000Z')) as Record<string, unknown>;
    expect(body.n).toBe(7);
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect([1, 2, 3]).toContain(body.k);
    expect(['red', 'green']).toContain(body.c);
    expect(body.at).toBe('2026-01-01T00:00:00.000Z');
    expect(body.x).toBe('{{nope}}');
  });

  it('renders the same text for the same (seed, seq), other text for another seq', () => {
    expect(t.render(3, 1, 'x')).toBe(t.render(3, 1, 'x'));
    expect(t.render(3, 1, 'x')).not.toBe(t.render(4, 1, 'x'));
  });

  it('spreads picks over the list', () => {
    const seen = new Set<string>();
    const p = compileTemplate('{{pick a b c}}');
    for (let i = 0; i < 100; i++) seen.add(p.render(i, 5, ''));
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
  });

  it('leaves a non-JSON body as text', () => {
    expect(parseBody('hello')).toBe('hello');
  });
});
