import { EditorPage } from '../pages/EditorPage';
import { expect, test } from '../fixtures/test';

const COPY_TITLE = 'This flow is open in another tab; you are editing a copy';

async function rename(editor: EditorPage, name: string): Promise<void> {
  await editor.title().click();
  await editor.page.getByTestId('flow.title.input').fill(name);
  await editor.page.keyboard.press('Enter');
  await expect(editor.title()).toHaveText(name);
  await expect(editor.page.getByTestId('file.autosave-status')).toHaveText('Saved');
}

/** The autosave index as stored: one entry per document key. */
async function autosavedNames(editor: EditorPage): Promise<string[]> {
  const index = await editor.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('eventflow-studio');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = db.transaction('files').objectStore('files').get('autosaves');
    const value = await new Promise<unknown>((resolve) => (read.onsuccess = () => resolve(read.result)));
    db.close();
    return value as { key: string; name: string }[];
  });
  expect(new Set(index.map((e) => e.key)).size).toBe(index.length);
  return index.map((e) => e.name).sort();
}

test('two tabs never share an autosave: each keeps its own flow, and both are in Recent', async ({
  editor: tab1,
  context,
}) => {
  await tab1.loadFlow('orders.eventflow.json');
  await rename(tab1, 'Flow A');
  const flowA = await tab1.flow();

  // A second tab while the first holds the newest flow: it edits a copy, and says so.
  const tab2 = new EditorPage(await context.newPage());
  await tab2.goto();
  const toast = tab2.toast('info').filter({ hasText: COPY_TITLE });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(
    'The other tab keeps “Flow A”; your changes here are saved separately, as “Flow A (copy)”.',
  );
  await expect(tab2.title()).toHaveText('Flow A (copy)');
  await expect(tab2.node('function1')).toBeVisible();
  await tab2.shot('tabs-second-tab-copy');

  await rename(tab2, 'Flow B');
  await tab2.page.getByTestId('canvas.node.table1').click();
  await tab2.page.keyboard.press('Delete');
  await expect(tab2.node('table1')).toHaveCount(0);
  await expect(tab2.page.getByTestId('file.autosave-status')).toHaveText('Saved');
  const flowB = await tab2.flow();
  expect(await autosavedNames(tab2)).toEqual(['Flow A', 'Flow B']);

  // Tab 1 comes back to its own flow; tab 2's newer one is left to tab 2.
  await tab1.reload();
  await expect(tab1.toast('info').filter({ hasText: 'Restored Flow A' })).toContainText(
    'Your newer flow “Flow B” is open in another tab.',
  );
  await expect(tab1.title()).toHaveText('Flow A');
  expect(await tab1.flow()).toEqual(flowA);
  expect(await tab2.flow()).toEqual(flowB);

  // Each tab reaches the other's flow in Recent.
  const b = await tab1.files.recentEntry('Flow B');
  await expect(b).toHaveCount(1);
  await expect(b).toContainText('open in another tab');
  await tab1.shot('tabs-recent-other-tab');
  await tab1.files.close();
  const a = await tab2.files.recentEntry('Flow A');
  await expect(a).toHaveCount(1);

  // Opening the flow the other tab has open gives a copy, never the same autosave.
  await a.click();
  await expect(tab2.toast('info').filter({ hasText: COPY_TITLE }).last()).toContainText('“Flow A (copy)”');
  await expect(tab2.title()).toHaveText('Flow A (copy)');
  await rename(tab1, 'Flow A, edited again');
  await rename(tab2, 'Flow C');
  await tab1.reload();
  await expect(tab1.title()).toHaveText('Flow A, edited again');

  // Flow B was replaced in tab 2, so it is in Recent, in both tabs.
  await expect(await tab1.files.recentEntry('Flow B')).toHaveCount(1);
  await tab1.files.close();
  await expect(await tab2.files.recentEntry('Flow B')).toHaveCount(1);
  expect(await autosavedNames(tab1)).toEqual(['Flow A, edited again', 'Flow B', 'Flow C']);
});

test('a tab started alone restores the newest flow, not a copy', async ({ editor }) => {
  await editor.loadFlow('orders.eventflow.json');
  await rename(editor, 'Only tab');
  await editor.reload();
  await expect(editor.toast('info').filter({ hasText: 'Restored your last session' })).toBeVisible();
  await expect(editor.toast('info').filter({ hasText: COPY_TITLE })).toHaveCount(0);
  await expect(editor.title()).toHaveText('Only tab');
});
