import { flowText } from '../pages/EditorPage';
import { expect, test } from '../fixtures/test';

test('the File menu works from the keyboard and Escape gives focus back to its button', async ({
  editor,
  page,
}) => {
  await editor.files.button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('file.new')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('file.export')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('file.examples')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('file.example.rest-api.eventflow.json')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('file.example.upload-pipeline.eventflow.json')).toBeFocused();
  await editor.shot('file-menu-examples');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('file.examples')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(editor.files.button).toBeFocused();
});

test('an example opens from the Examples submenu', async ({ editor, page }) => {
  await editor.files.open();
  await page.getByTestId('file.examples').hover();
  await page.getByTestId('file.example.order-routing.eventflow.json').click();
  await expect(editor.title()).toHaveText('Order routing with EventBridge');
  expect((await editor.flow()).nodes.some((n) => n.kind === 'bus')).toBe(true);
});

test('a file dropped on the window opens, with a drop overlay while dragging', async ({ editor, page }) => {
  const dropped = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.eventflow.json', { type: 'application/json' }));
    return data;
  }, flowText('with-warning.eventflow.json'));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dropped });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dropped });
  await expect(page.getByTestId('file.drop-overlay')).toContainText('Drop a .eventflow.json file to open it');
  await editor.shot('drop-overlay');
  await page.dispatchEvent('main', 'drop', { dataTransfer: dropped });
  await expect(page.getByTestId('file.drop-overlay')).toHaveCount(0);
  await expect(editor.title()).toHaveText('Throttled (e2e)');
  await expect(editor.node('queue1')).toBeVisible();
});

test('the flow title renames in place: Enter commits, Escape cancels, empty is refused', async ({
  editor,
  page,
}) => {
  await editor.loadFlow('orders.eventflow.json');
  const input = page.getByTestId('flow.title.input');

  await editor.title().click();
  await input.fill('Never mind');
  await input.press('Escape');
  await expect(editor.title()).toHaveText('Orders (e2e)');

  await editor.title().click();
  await input.fill('   ');
  await input.press('Enter');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'A flow needs a name' })).toBeVisible();
  await editor.shot('title-empty-refused');

  await input.fill('Checkout');
  await input.press('Enter');
  await expect(editor.title()).toHaveText('Checkout');
  expect((await editor.flow()).name).toBe('Checkout');
  await page.getByTestId('edit.undo').click();
  await expect(editor.title()).toHaveText('Orders (e2e)');
});

test('labels and names from a file are shown as text, never as HTML', async ({ editor, page }) => {
  const flow = JSON.parse(flowText('orders.eventflow.json')) as { name: string; nodes: { label: string }[] };
  flow.name = '<img src=x onerror="window.__pwned=1">';
  flow.nodes[0]!.label = '<script>window.__pwned=2</script>';
  await editor.files.pasteJson(JSON.stringify(flow));
  await expect(editor.title()).toHaveText(flow.name);
  await expect(editor.node('api1')).toContainText(flow.nodes[0]!.label);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
