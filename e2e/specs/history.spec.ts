import { expect, test } from '../fixtures/test';

test('undo and redo a delete', async ({ editor, page }) => {
  await editor.loadFlow('orders.eventflow.json');
  await expect(editor.node('table1')).toBeVisible();

  await editor.node('table1').click();
  await page.keyboard.press('Delete');
  await expect(editor.node('table1')).toHaveCount(0);
  expect((await editor.flow()).edges.map((e) => e.id)).toEqual(['edge1']);
  await editor.shot('history-deleted');

  await page.getByTestId('edit.undo').click();
  await expect(editor.node('table1')).toBeVisible();
  await expect(editor.edge('edge2')).toBeVisible();
  expect((await editor.flow()).nodes.map((n) => n.id)).toEqual(['api1', 'function1', 'table1']);
  await editor.shot('history-undone');

  await page.getByTestId('edit.redo').click();
  await expect(editor.node('table1')).toHaveCount(0);
  await expect(editor.edge('edge2')).toHaveCount(0);
  await editor.shot('history-redone');
});
