import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyFlow, type Flow } from '../model';
import { parseFlowFile } from './parse';
import { serializeFlow } from './serialize';

const load = (text: string): Flow => {
  const r = parseFlowFile(text);
  if (!r.ok) throw new Error('fixture must load');
  return r.value;
};

describe('serializeFlow', () => {
  const text = readFileSync(new URL('./fixtures/v1/all-kinds.eventflow.json', import.meta.url), 'utf8');

  it('round-trips: load, save, load gives the same flow and the same bytes', () => {
    const flow = load(text);
    const saved = serializeFlow(flow);
    expect(saved).toBe(text);
    expect(load(saved)).toEqual(flow);
  });

  it('writes keys in a fixed order whatever order the flow holds them in, 2 spaces and a final newline', () => {
    const flow = emptyFlow('Ordered');
    const shuffled = {
      meta: {},
      nodes: [{ settings: {}, position: { y: 2, x: 1 }, label: 'F', kind: 'function', id: 'f' }],
      name: 'Ordered',
      formatVersion: 1,
      format: 'eventflow',
    } as unknown as Flow;
    const out = serializeFlow(shuffled);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.startsWith('{\n  "format": "eventflow",\n  "formatVersion": 1,\n  "name": "Ordered"')).toBe(
      true,
    );
    expect(out.indexOf('"id": "f"')).toBeLessThan(out.indexOf('"kind": "function"'));
    expect(serializeFlow(flow)).toBe(serializeFlow(load(serializeFlow(flow))));
  });

  it('never saves the viewport, and never throws on a flow the schema refuses', () => {
    const withView = {
      ...emptyFlow(),
      viewport: { x: 1, y: 2, zoom: 3 },
      meta: { viewport: { zoom: 1 }, author: 'me' },
    } as unknown as Flow;
    const out = serializeFlow(withView);
    expect(out).not.toContain('viewport');
    expect(out).toContain('"author": "me"');
    const broken = { ...emptyFlow(), name: '', viewport: {} } as unknown as Flow;
    expect(() => serializeFlow(broken)).not.toThrow();
    expect(serializeFlow(broken)).not.toContain('viewport');
  });
});
