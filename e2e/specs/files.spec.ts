import { readFileSync } from 'node:fs';
import { flowFile, flowText } from '../pages/EditorPage';
import { expect, test } from '../fixtures/test';

test('export, clear and re-import give back the same flow', async ({ editor }, testInfo) => {
  await editor.loadFlow('orders.eventflow.json');
  await expect(editor.node('function1')).toBeVisible();
  const before = await editor.flow();

  const download = await editor.files.export();
  expect(download.suggestedFilename()).toBe('Orders (e2e).eventflow.json');
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  expect(readFileSync(saved, 'utf8')).toBe(await editor.page.evaluate(() => window.__eventflow!.serialize()));
  await expect(
    editor.toast('success').filter({ hasText: 'Saved Orders (e2e).eventflow.json' }),
  ).toBeVisible();

  await editor.files.newFlow();
  await expect(editor.title()).toHaveText('Untitled flow');
  await expect(editor.node('function1')).toHaveCount(0);
  await expect(editor.toast('info').filter({ hasText: 'Previous flow kept in Recent' })).toBeVisible();
  await editor.shot('export-cleared');

  await editor.files.openFile(saved);
  await expect(editor.title()).toHaveText('Orders (e2e)');
  await expect(editor.node('function1')).toBeVisible();
  expect(await editor.flow()).toEqual(before);
  await editor.shot('export-reimported');
});

test('a broken file is refused with every problem listed, and the open flow stays', async ({ editor }) => {
  await editor.loadFlow('orders.eventflow.json');
  const before = await editor.flow();

  await editor.files.openFile(flowFile('broken.eventflow.json'));

  const toast = editor.toast('error');
  await expect(toast).toContainText('Could not open broken.eventflow.json');
  await expect(toast.locator('li')).toHaveCount(3);
  await expect(toast).toContainText('memorySize');
  await expect(toast).toContainText('timeout');
  await expect(toast).toContainText('"wormhole" is not a node kind');
  expect(await editor.flow()).toEqual(before);
  await expect(editor.title()).toHaveText('Orders (e2e)');
  await expect(editor.node('api1')).toBeVisible();
  // Problems speaks about the open flow, which has none.
  await expect(editor.problems.empty).toBeVisible();
  await editor.shot('broken-file-refused');
});

test('pasted JSON that is not a whole flow is refused in the dialog, and nothing changes', async ({
  editor,
  page,
}) => {
  await editor.loadFlow('orders.eventflow.json');
  const before = await editor.flow();
  const cut = flowText('orders.eventflow.json').slice(0, 300);
  await editor.files.pasteJson(cut);
  const errors = page.getByTestId('file.paste.errors');
  await expect(errors).toContainText('Not valid JSON');
  await expect(errors).toContainText('Line ');
  await editor.shot('paste-dialog-refused');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('file.paste.text')).toHaveCount(0);
  await expect(editor.toast('error')).toContainText('Could not open pasted JSON');
  expect(await editor.flow()).toEqual(before);
});

test('pasting a flow JSON opens it, from the dialog and with Ctrl+V', async ({ editor, page, context }) => {
  await editor.files.pasteJson(flowText('orders.eventflow.json'));
  await expect(editor.title()).toHaveText('Orders (e2e)');
  await expect(editor.node('table1')).toBeVisible();
  await editor.shot('paste-dialog-opened');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), flowText('with-warning.eventflow.json'));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+v');
  await expect(editor.title()).toHaveText('Throttled (e2e)');
  await expect(editor.node('queue1')).toBeVisible();
  expect((await editor.flow()).nodes.map((n) => n.id)).toEqual(['queue1', 'function1']);
  await editor.shot('paste-shortcut-opened');
});

test('after a reload the autosaved flow comes back, and the replaced one is in Recent', async ({
  editor,
}) => {
  await editor.loadFlow('orders.eventflow.json');
  await editor.title().click();
  await editor.page.getByTestId('flow.title.input').fill('Renamed before reload');
  await editor.page.keyboard.press('Enter');
  await expect(editor.title()).toHaveText('Renamed before reload');
  await expect(editor.page.getByTestId('file.autosave-status')).toHaveText('Saved');
  const before = await editor.flow();

  await editor.reload();

  await expect(editor.toast('info').filter({ hasText: 'Restored your last session' })).toBeVisible();
  await expect(editor.title()).toHaveText('Renamed before reload');
  expect(await editor.flow()).toEqual(before);
  await editor.shot('reload-restored');

  // The first example, replaced by loadFlow, was kept in Recent.
  await editor.files.open();
  await editor.page.getByTestId('file.recent').hover();
  await expect(editor.page.getByTestId('file.recent.0')).toBeVisible();
  await editor.shot('recent-menu');
  await editor.page.keyboard.press('Escape');
  await editor.page.keyboard.press('Escape');
  await expect(editor.files.button).toBeFocused();

  // Opening it from Recent keeps the renamed flow in Recent in turn.
  await editor.files.openRecent(0);
  await expect(editor.title()).toHaveText('Orders REST API');
  await editor.files.open();
  await editor.page.getByTestId('file.recent').hover();
  await expect(editor.page.getByTestId('file.recent.0')).toContainText('Renamed before reload');
});

test('an autosave that no longer loads falls back to the last good state', async ({ editor, page }) => {
  await expect(page.getByTestId('file.autosave-status')).toHaveText('Saved');
  const good = JSON.parse(flowText('orders.eventflow.json')) as Record<string, unknown>;
  const bad = JSON.parse(flowText('broken.eventflow.json')) as Record<string, unknown>;
  // What a crash in the middle of a bad edit left behind in the single autosave slot of earlier
  // versions: it is moved to the per-document layout on start, and its fallback still serves.
  await page.evaluate(
    async ({ good, bad }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('eventflow-studio');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('files', 'readwrite');
      tx.objectStore('files').put(
        { key: 'k-bad', name: 'Broken', savedAt: Date.now(), doc: bad },
        'autosave',
      );
      tx.objectStore('files').put(
        { key: 'k-good', name: 'Orders', savedAt: Date.now() - 120_000, doc: good },
        'lastGood',
      );
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { good, bad },
  );

  await editor.reload();

  const toast = editor.toast('info').filter({ hasText: 'Restored your last session' });
  await expect(toast).toContainText('the version saved 2 min ago');
  await expect(toast).toContainText('"wormhole" is not a node kind');
  await expect(editor.title()).toHaveText('Orders (e2e)');
  await expect(editor.node('table1')).toBeVisible();
  await editor.shot('reload-fallback-last-good');
});

test('a document whose latest autosave no longer loads reopens at its own last good state', async ({
  editor,
  page,
}) => {
  const good = JSON.parse(flowText('orders.eventflow.json')) as Record<string, unknown>;
  const bad = JSON.parse(flowText('broken.eventflow.json')) as Record<string, unknown>;
  const now = Date.now();
  await page.evaluate(
    async (records) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('eventflow-studio');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('files', 'readwrite');
      for (const [key, value] of records) tx.objectStore('files').put(value, key);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    [
      ['autosave:k1', { key: 'k1', name: 'Broken', savedAt: now, doc: bad }],
      ['lastGood:k1', { key: 'k1', name: 'Orders', savedAt: now - 300_000, doc: good }],
      ['autosaves', [{ key: 'k1', name: 'Broken', savedAt: now }]],
    ] as [string, unknown][],
  );

  await editor.reload();

  const toast = editor.toast('info').filter({ hasText: 'Restored your last session' });
  await expect(toast).toContainText('the version saved 5 min ago');
  await expect(toast).toContainText('"wormhole" is not a node kind');
  await expect(editor.title()).toHaveText('Orders (e2e)');
  await expect(editor.node('table1')).toBeVisible();
});
