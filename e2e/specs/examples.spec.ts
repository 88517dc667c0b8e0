// Every bundled example opens from the gallery and runs in the browser with its handler code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/test';

const dir = path.resolve(import.meta.dirname, '../../public/examples');
const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { file: string }[];
const nameOf = (file: string) =>
  (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { name: string }).name;

test('every example opens from the gallery and runs (10 s of virtual time, seed 1)', async ({ editor }) => {
  test.setTimeout(240_000);
  const { page, run } = editor;
  await run.speed('max');
  for (const example of index) {
    await page.getByTestId('gallery.open').click();
    await page.getByTestId(`gallery.card.${example.file}`).click();
    await expect(page.getByTestId('gallery.dialog')).toBeHidden();
    await expect(editor.title()).toHaveText(nameOf(example.file));
    const duration = page.getByTestId('run.duration');
    await duration.fill('10');
    await duration.press('Enter');
    await run.button('start').click();
    await run.expectStatus('done', 60_000);
    const state = await page.evaluate(() => window.__eventflow!.getRun());
    expect(state.error, example.file).toBeNull();
    expect(state.events, example.file).toBeGreaterThan(0);
    expect(state.resultWithCode, example.file).toBe(true);
  }
});
