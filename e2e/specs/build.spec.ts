import type { Flow, NodeKind } from '../../src/model';
import { expect, test } from '../fixtures/test';

const idOf = (flow: Flow, kind: NodeKind): string => {
  const node = flow.nodes.find((n) => n.kind === kind);
  if (!node) throw new Error(`no ${kind} node in the flow`);
  return node.id;
};

test.beforeEach(async ({ editor }) => {
  await editor.files.newFlow();
  await expect(editor.title()).toHaveText('Untitled flow');
});

test('build a three-node flow by dragging from the palette and connecting handles', async ({ editor }) => {
  await editor.dragFromPalette('api', { x: 160, y: 180 });
  await editor.dragFromPalette('function', { x: 460, y: 180 });
  await editor.dragFromPalette('table', { x: 760, y: 180 });
  await expect
    .poll(async () => (await editor.flow()).nodes.map((n) => n.kind))
    .toEqual(['api', 'function', 'table']);
  const flow = await editor.flow();
  const [api, fn, table] = [idOf(flow, 'api'), idOf(flow, 'function'), idOf(flow, 'table')];
  for (const id of [api, fn, table]) await expect(editor.node(id)).toBeVisible();

  await editor.connect(api, fn);
  await editor.connect(fn, table);

  await expect
    .poll(async () => (await editor.flow()).edges.map((e) => [e.source, e.target, e.settings.type]))
    .toEqual([
      [api, fn, 'integration'],
      [fn, table, 'invoke'],
    ]);
  // A straight edge has a zero-height box, which Playwright calls hidden: check its drawn length.
  for (const e of (await editor.flow()).edges) {
    const box = await editor.edge(e.id).locator('path').first().boundingBox();
    expect(box?.width ?? 0, `edge ${e.id} is drawn`).toBeGreaterThan(20);
  }
  await editor.page.getByTestId('edit.fit').click();
  await editor.shot('build-three-node-flow');
});

test('a connection the kinds do not allow is refused, with the reason shown', async ({ editor, page }) => {
  await editor.dragFromPalette('queue', { x: 200, y: 200 });
  await editor.dragFromPalette('api', { x: 560, y: 200 });
  await expect.poll(async () => (await editor.flow()).nodes.length).toBe(2);
  const flow = await editor.flow();

  await editor.connect(idOf(flow, 'queue'), idOf(flow, 'api'));

  const refusal = page.getByTestId('canvas.refusal');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('A queue cannot connect to an API');
  await expect(refusal).toContainText('SQS does not push');
  expect((await editor.flow()).edges).toEqual([]);
  await editor.shot('refused-connection');
});

test('nodes land where they are dropped, the first one in an empty flow too', async ({ editor }) => {
  // Guards a fixed bug: a fit queued for the empty flow ran when the first node appeared.
  const canvas = (await editor.canvas.boundingBox())!;
  const drops = { api: { x: 160, y: 180 }, function: { x: 460, y: 180 } } as const;
  await editor.dragFromPalette('api', drops.api);
  await editor.dragFromPalette('function', drops.function);
  await expect.poll(async () => (await editor.flow()).nodes.length).toBe(2);
  const flow = await editor.flow();
  for (const kind of ['api', 'function'] as const) {
    const box = (await editor.node(idOf(flow, kind)).boundingBox())!;
    const centre = { x: box.x + box.width / 2 - canvas.x, y: box.y + box.height / 2 - canvas.y };
    expect(
      Math.hypot(centre.x - drops[kind].x, centre.y - drops[kind].y),
      `${kind} card centre`,
    ).toBeLessThan(12);
  }
});
