import { expect, test } from '../fixtures/test';

test('the function inspector adds the variable that addresses a connected table in one click', async ({
  editor,
}) => {
  await editor.loadFlow('orders.eventflow.json');
  await editor.node('function1').click();
  const section = editor.page.getByRole('button', { name: /Environment variables/ });
  if ((await section.getAttribute('aria-expanded')) === 'false') await section.click();
  const add = editor.page.getByTestId('inspector.resource-env.table1');
  await expect(add).toHaveText('+ ORDERS_TABLE_NAME');
  await editor.shot('inspector-resource-env');
  await add.click();
  await expect
    .poll(async () => {
      const fn = (await editor.flow()).nodes.find((n) => n.id === 'function1');
      return fn?.kind === 'function' ? fn.settings.environment : null;
    })
    .toEqual({ ORDERS_TABLE_NAME: 'table1' });
  // Once referenced, the table is no longer offered.
  await expect(editor.page.getByTestId('inspector.resource-env')).toHaveCount(0);
});
