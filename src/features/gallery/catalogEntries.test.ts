import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGalleryEntries } from './catalogEntries';

describe('toGalleryEntries', () => {
  it('reads file, title, summary and tags in order', () => {
    expect(
      toGalleryEntries([
        { file: 'b.eventflow.json', title: ' B ', summary: 'Teaches b.', tags: ['SQS', 3, ''] },
        { file: 'a.eventflow.json', title: 'A' },
      ]),
    ).toEqual([
      { file: 'b.eventflow.json', title: 'B', summary: 'Teaches b.', tags: ['SQS'] },
      { file: 'a.eventflow.json', title: 'A', summary: '', tags: [] },
    ]);
  });

  it('leaves out entries without a title, duplicates and file names that leave the folder', () => {
    const entries = toGalleryEntries([
      { file: '../secret.json', title: 'Up' },
      { file: 'x/y.json', title: 'Down' },
      { file: 'ok.json', title: '' },
      { file: 'ok.json', title: 'First' },
      { file: 'ok.json', title: 'Again' },
      null,
      'text',
    ]);
    expect(entries.map((e) => e.title)).toEqual(['First']);
  });

  it('refuses a list that is not an array, saying so', () => {
    expect(() => toGalleryEntries({ file: 'a.json' })).toThrow('not a JSON array');
  });

  it('keeps all twelve shipped examples, each with a summary and tags', () => {
    const file = path.resolve(import.meta.dirname, '../../../public/examples/index.json');
    const entries = toGalleryEntries(JSON.parse(readFileSync(file, 'utf8')));
    expect(entries).toHaveLength(12);
    for (const e of entries) {
      expect(e.summary.length).toBeGreaterThan(20);
      expect(e.tags.length).toBeGreaterThan(0);
    }
  });
});
