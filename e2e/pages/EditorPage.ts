import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Flow } from '../../src/model';
import type {} from '../../src/app/testApi';
import { FileMenu } from './FileMenu';
import { ProblemsPanel } from './ProblemsPanel';
import { RunBar } from './RunBar';

export const FLOWS_DIR = path.resolve(import.meta.dirname, '../fixtures/flows');
const SHOTS_DIR = path.resolve(import.meta.dirname, '../screenshots');

/** A flow file kept as data in e2e/fixtures/flows. */
export const flowFile = (name: string): string => path.join(FLOWS_DIR, name);
export const flowText = (name: string): string => readFileSync(flowFile(name), 'utf8');

/** The whole editor: canvas, palette, top bar, and the in-page test API (src/app/testApi.ts). */
export class EditorPage {
  readonly files: FileMenu;
  readonly problems: ProblemsPanel;
  readonly run: RunBar;
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.files = new FileMenu(page);
    this.problems = new ProblemsPanel(page);
    this.run = new RunBar(page);
    this.canvas = page.getByRole('main', { name: 'Canvas' });
  }

  /** Opens the app and waits until it has restored or loaded its first flow. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.waitForStart();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForStart();
  }

  private async waitForStart(): Promise<void> {
    await this.page.waitForFunction(() => (window.__eventflow?.getRevision() ?? 0) > 0);
  }

  flow(): Promise<Flow> {
    return this.page.evaluate(() => window.__eventflow!.getFlow());
  }

  async loadFlow(name: string): Promise<void> {
    await this.page.evaluate((text) => window.__eventflow!.loadFlow(text), flowText(name));
  }

  selection() {
    return this.page.evaluate(() => window.__eventflow!.getSelection());
  }

  node(id: string): Locator {
    return this.page.getByTestId(`canvas.node.${id}`);
  }

  edge(id: string): Locator {
    return this.page.getByTestId(`canvas.edge.${id}`);
  }

  toast(tone: 'info' | 'success' | 'error'): Locator {
    return this.page.getByTestId(`toast.${tone}`);
  }

  title(): Locator {
    return this.page.getByTestId('flow.title');
  }

  /** Drags a kind from the palette to a point of the canvas (offset from its top-left corner). */
  async dragFromPalette(kind: string, at: { x: number; y: number }): Promise<void> {
    await this.page.getByTestId(`palette.item.${kind}`).dragTo(this.canvas, { targetPosition: at });
  }

  /** Drags from one node's output handle to another node's input handle, as a person does. */
  async connect(sourceId: string, targetId: string): Promise<void> {
    const from = await centre(this.page.getByTestId(`canvas.node.${sourceId}.out`));
    const to = await centre(this.page.getByTestId(`canvas.node.${targetId}.in`));
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await mouse.move(to.x, to.y, { steps: 8 });
    await mouse.up();
  }

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
  }

  async expectNodes(ids: string[]): Promise<void> {
    for (const id of ids) await expect(this.node(id)).toBeVisible();
    await expect.poll(async () => (await this.flow()).nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
  }
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not visible: ${locator.toString()}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
