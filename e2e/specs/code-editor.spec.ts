import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import type {} from '../../src/features/code-editor/editorBridge';

const example = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../public/examples', name), 'utf8');

const code = (page: Page) => page.evaluate(() => window.__eventflowCode?.value() ?? null);
const savedCode = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const n = window.__eventflow!.getFlow().nodes.find((x) => x.id === nodeId);
    return n?.kind === 'function' ? n.settings.code : null;
  }, id);

test('edit, save, undo and test a handler in the code editor', async ({ editor }) => {
  const { page } = editor;
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), example('order-routing.eventflow.json'));
  await editor.node('sendConfirmation').click();
  await page.getByTestId('code.open').click();
  const panel = page.getByTestId('code.panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('EventBridgeEvent<string, any>');
  const original = (await savedCode(page, 'sendConfirmation'))!;
  await expect.poll(() => code(page), { timeout: 20_000 }).toBe(original);

  // Type at the end of the file, as a person does.
  await page.locator('.ce-monaco .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// reviewed in the workshop');
  await expect(page.getByTestId('code.dirty.sendConfirmation')).toBeVisible();
  expect(await savedCode(page, 'sendConfirmation')).toBe(original);
  await editor.shot('code-editor-unsaved');

  // Another function opens in its own tab; the first keeps its draft.
  await page.evaluate(() => window.__eventflow!.select({ nodeIds: ['fraudCheck'] }));
  await page.getByTestId('code.open').click();
  await expect.poll(() => code(page)).toBe(await savedCode(page, 'fraudCheck'));
  await expect(page.getByTestId('code.dirty.sendConfirmation')).toBeVisible();
  await page.getByTestId('code.tab.sendConfirmation').click();
  await expect.poll(() => code(page)).toBe(`${original}// reviewed in the workshop`);

  await page.getByTestId('code.save').click();
  await expect(page.getByTestId('code.dirty.sendConfirmation')).toHaveCount(0);
  expect(await savedCode(page, 'sendConfirmation')).toContain('// reviewed in the workshop');

  // Undo of the document restores the code at the previous save point, in the editor too.
  await page.evaluate(() => window.__eventflow!.undo());
  await expect.poll(() => code(page)).toBe(original);
  await page.evaluate(() => window.__eventflow!.redo());
  await expect.poll(() => code(page)).toContain('// reviewed in the workshop');

  // Test runs this function alone with the EventBridge sample (its own trigger comes first).
  await expect(page.getByTestId('code.test.event')).toHaveValue('eventbridge');
  await page.getByTestId('code.test').click();
  const result = page.getByTestId('code.test.result');
  await expect(result).toHaveAttribute('data-outcome', 'ok', { timeout: 20_000 });
  const logs = page.getByTestId('code.test.logs');
  await expect(logs).toContainText('START RequestId:');
  await expect(logs).toContainText('sending confirmation for o-1001 to ana@example.com');
  await expect(logs).toContainText(/REPORT RequestId: .*Billed Duration: \d+ ms.*Init Duration/);
  await expect(page.getByTestId('code.test.init')).toHaveText(/\d+\.\d\d ms/);
  await editor.shot('code-editor-test-ok');

  // Each Test is a new simulated run: a cold start again, with the modeled Init Duration.
  await page.getByTestId('code.test').click();
  await expect(result).toHaveAttribute('data-outcome', 'ok', { timeout: 20_000 });
  await expect(page.getByTestId('code.test.init')).toHaveText(/\d+\.\d\d ms/);
});

test('Test runs a handler whose SDK calls reach the flow, and a draft survives a reload', async ({
  editor,
}) => {
  const { page } = editor;
  // The default example: Client -> API Gateway -> Create order -> DynamoDB.
  await editor.node('createOrder').click();
  await page.getByTestId('code.open').click();
  const original = (await savedCode(page, 'createOrder'))!;
  expect(original).toContain('/** @type {Handler} */');
  await expect.poll(() => code(page), { timeout: 20_000 }).toBe(original);
  await expect(page.getByTestId('code.test.event')).toHaveValue(/apigateway/);
  const event = JSON.parse(await page.getByTestId('code.test.json').inputValue()) as { body: string };
  expect(JSON.parse(event.body)).toMatchObject({ orderId: 'o-1001', items: [{ sku: 'BOOK-7', qty: 2 }] });

  await page.getByTestId('code.test').click();
  const result = page.getByTestId('code.test.result');
  await expect(result).toHaveAttribute('data-outcome', 'ok', { timeout: 20_000 });
  await expect(page.getByTestId('code.test.value')).toContainText('"statusCode": 201');
  const calls = page.getByTestId('code.test.calls');
  await expect(calls).toContainText('dynamodb');
  await expect(calls).toContainText(/Put(Item|Command)/);
  await expect(calls.locator('tbody tr')).toHaveCount(1);
  await expect(calls.locator('tbody tr').first()).toContainText('ok');
  await expect(page.getByTestId('code.test.logs')).toContainText(
    'created order o-1001 (1 items, total 129.9)',
  );
  await calls.scrollIntoViewIfNeeded();
  await editor.shot('code-editor-test-sdk');

  // Unsaved edits come back after a reload (the page warns before it unloads).
  await page.locator('.ce-monaco .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// draft before reload');
  await expect(page.getByTestId('code.dirty.createOrder')).toBeVisible();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await editor.reload();
  expect(dialogs).toEqual(['beforeunload']);
  expect(await savedCode(page, 'createOrder')).toBe(original);
  await editor.node('createOrder').click();
  await page.getByTestId('code.open').click();
  await expect(page.getByTestId('code.dirty.createOrder')).toBeVisible();
  await expect.poll(() => code(page), { timeout: 20_000 }).toBe(`${original}// draft before reload`);
  await expect(page.getByTestId('code.panel')).toContainText('unsaved');
  await editor.shot('code-editor-draft-restored');
});

test('a handler that throws shows the error, and its stack frame moves the cursor', async ({ editor }) => {
  const { page } = editor;
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), example('fan-out.eventflow.json'));
  await editor.node('billCustomer').click();
  await page.getByTestId('code.open').click();
  await expect.poll(() => code(page), { timeout: 20_000 }).not.toBeNull();
  const thrower = [
    'export const handler = async (event) => {',
    '  const first = event.Records[0];',
    '  throw new TypeError(`cannot bill ${first.messageId}`);',
    '};',
    '',
  ].join('\n');
  await page.evaluate((text) => window.__eventflowCode!.setValue(text), thrower);
  await expect(page.getByTestId('code.dirty.billCustomer')).toBeVisible();
  await expect(page.getByTestId('code.test.event')).toHaveValue('sqs');
  await page.getByTestId('code.test').click();
  const result = page.getByTestId('code.test.result');
  await expect(result).toHaveAttribute('data-outcome', 'error', { timeout: 20_000 });
  await expect(result).toContainText('TypeError: cannot bill 059f36b4-87a3-44ab-83d2-661975830a7d');
  // The test used the unsaved draft: the document still has the saved code.
  expect(await savedCode(page, 'billCustomer')).not.toContain('cannot bill');

  await page.getByTestId('code.frame.3').first().click();
  await expect.poll(() => page.evaluate(() => window.__eventflowCode!.position()?.line)).toBe(3);
  await editor.shot('code-editor-test-error');

  // Revert drops the draft; a type error in the editor shows as a marker.
  await page.getByTestId('code.revert').click();
  await expect(page.getByTestId('code.dirty.billCustomer')).toHaveCount(0);
  await page.evaluate(() =>
    window.__eventflowCode!.setValue(
      '/** @type {Handler} */\nexport const handler = async (event) => event.Records[0].bodyy;\n',
    ),
  );
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          window
            .__eventflowCode!.markers()
            .map((m) => m.message)
            .join('\n'),
        ),
      { timeout: 20_000 },
    )
    .toContain("Property 'bodyy' does not exist on type 'SQSRecord'");
  // An endless loop is stopped by the watchdog and reported as Lambda words it.
  await page.evaluate(
    (text) => window.__eventflowCode!.setValue(text),
    'export const handler = async () => {\n  while (true) {}\n};\n',
  );
  await page.getByTestId('code.test').click();
  await expect(result).toHaveAttribute('data-outcome', 'timeout', { timeout: 20_000 });
  await expect(page.getByTestId('code.test.logs')).toContainText(/Task timed out after \d+\.00 seconds/);

  // The drawer's left edge resizes it.
  const panel = page.getByTestId('code.panel');
  const before = (await panel.boundingBox())!;
  const handle = (await page.getByRole('separator', { name: 'Resize the code editor' }).boundingBox())!;
  await page.mouse.move(handle.x + 3, handle.y + 200);
  await page.mouse.down();
  await page.mouse.move(handle.x + 153, handle.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => Math.abs((await panel.boundingBox())!.width - (before.width - 150)))
    .toBeLessThanOrEqual(2);

  await page.getByTestId('code.close').click();
  await expect(page.getByTestId('code.panel')).toHaveCount(0);
});
