// While a 200-node flow runs at full speed, a scripted pan of the canvas: the test asserts
// that the run and the pan both happened and reports the longest task (a number, not a
// verdict: `npm run bench` measures fps and long tasks on a quiet machine).
import { bigFlow } from '../../bench/bigFlow';
import { expect, test } from '../fixtures/test';

test('the canvas pans while a 200-node flow runs at full speed', async ({ editor }) => {
  const { page, run } = editor;
  await page.evaluate((text) => window.__eventflow!.loadFlow(text), JSON.stringify(bigFlow(25, 20)));
  await editor.node('web0').waitFor();
  await page.evaluate(`(() => {
    const m = (window.__longest = { max: 0, count: 0 });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { m.max = Math.max(m.max, e.duration); m.count++; }
    }).observe({ type: 'longtask' });
  })()`);
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  await run.start('max');
  await run.expectStatus('running');
  const events0 = (await page.evaluate(() => window.__eventflow!.getRun())).events;
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // Grab the pane near its top-left corner, where the fitted flow leaves empty space (a card there would be dragged instead).
  const cx = pane.x + 50;
  const cy = pane.y + 30;
  // Back and forth: each drag starts on the spot the last one left empty.
  for (let i = 0; i < 6; i++) {
    const [from, to] = i % 2 === 0 ? [cx, cx + 240] : [cx + 240, cx];
    await page.mouse.move(from, cy);
    await page.mouse.down();
    await page.mouse.move(to, cy, { steps: 20 });
    await page.mouse.up();
    if (i === 0) expect(await viewport.getAttribute('style')).not.toBe(before);
  }
  const events1 = (await page.evaluate(() => window.__eventflow!.getRun())).events;
  const longest = (await page.evaluate('window.__longest')) as { max: number; count: number };
  console.log(
    `pan during a 200-node run: ${events1 - events0} events processed while panning; ` +
      `${longest.count} long tasks, the longest ${longest.max.toFixed(0)} ms`,
  );
  expect(events1).toBeGreaterThan(events0);
  await run.button('stop').click();
  await run.expectStatus('stopped');
});
