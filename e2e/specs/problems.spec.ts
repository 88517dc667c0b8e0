import { expect, test } from '../fixtures/test';

test('Problems lists a problem of the open flow, and clicking it selects the node', async ({ editor }) => {
  await editor.loadFlow('with-warning.eventflow.json');
  await expect(editor.node('function1')).toBeVisible();

  await expect(editor.page.getByTestId('problems.count.warnings')).toHaveText('1');
  await expect(editor.page.getByTestId('problems.count.errors')).toHaveCount(0);
  const row = editor.problems.row(0);
  await expect(row).toContainText('Throttled worker');
  await expect(row).toContainText('reserved concurrency 0 throttles every invocation');
  await expect(row).toContainText('nodes[1].settings.reservedConcurrentExecutions');
  await expect(editor.problems.rows()).toHaveCount(1);

  await row.click();
  await expect.poll(async () => (await editor.selection()).nodeIds).toEqual(['function1']);
  await expect(editor.page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'function1');
  await editor.shot('problems-selects-node');

  await editor.loadFlow('orders.eventflow.json');
  await expect(editor.problems.empty).toHaveText(/No problems/);
  await expect(editor.page.getByTestId('problems.count.warnings')).toHaveCount(0);
});
