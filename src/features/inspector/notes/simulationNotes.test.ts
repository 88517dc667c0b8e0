import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../model';
import { EDGE_NOTES, edgeNotes, KIND_NOTES, type SimulationNote } from './simulationNotes';

const docs = readFileSync(new URL('../../../../docs/semantics.md', import.meta.url), 'utf8');
const headings = docs
  .split('\n')
  .filter((line) => /^#{2,3} /.test(line))
  .map((line) => line.replace(/^#+ /, ''));

const all: Array<[string, SimulationNote]> = [
  ...Object.entries(KIND_NOTES),
  ...Object.entries(EDGE_NOTES).map(([t, n]): [string, SimulationNote] => [`edge ${t}`, n]),
];

describe('simulation notes', () => {
  it('cover every node kind and the edge types with semantics of their own', () => {
    for (const k of KINDS) expect(KIND_NOTES[k.kind], k.kind).toBeDefined();
    for (const t of ['sqsMapping', 'streamMapping', 'subscription', 'integration'] as const)
      expect(edgeNotes(t), t).toBe(EDGE_NOTES[t]);
    expect(edgeNotes('invoke')).toBeNull();
  });

  it.each(all)('%s: 2-6 short bullets, saying what is modelled and what is simplified', (_name, note) => {
    expect(note.bullets.length).toBeGreaterThanOrEqual(2);
    expect(note.bullets.length).toBeLessThanOrEqual(6);
    expect(note.bullets.some((b) => b.type === 'modeled')).toBe(true);
    expect(note.bullets.some((b) => b.type === 'simplified')).toBe(true);
    for (const b of note.bullets) expect(b.text.length, b.text).toBeLessThanOrEqual(170);
  });

  // The notes summarise docs/semantics.md: they must point at a real section and quote only
  // names and figures that the page has, so a changed default shows up here.
  it.each(all)('%s: agrees with docs/semantics.md', (_name, note) => {
    expect(
      headings.some((h) => h.startsWith(note.section)),
      note.section,
    ).toBe(true);
    for (const b of note.bullets) {
      for (const [quoted] of b.text.matchAll(/`[^`]+`/g)) {
        const name = quoted.slice(1, -1);
        expect(docs.includes(name), `${name} in "${b.text}"`).toBe(true);
      }
      for (const [figure] of b.text.replace(/`[^`]*`/g, '').matchAll(/\d+(?:[.,]\d+)*/g))
        expect(docs.includes(figure), `${figure} in "${b.text}"`).toBe(true);
    }
  });
});
