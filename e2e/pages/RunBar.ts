import { expect, type Locator, type Page } from '@playwright/test';

type Status = 'idle' | 'running' | 'paused' | 'done' | 'stopped' | 'failed';

/** The run controls in the top bar. */
export class RunBar {
  readonly progress: Locator;

  constructor(private readonly page: Page) {
    this.progress = page.getByTestId('run.progress');
  }

  button(name: 'start' | 'pause' | 'resume' | 'step' | 'stop' | 'reset'): Locator {
    return this.page.getByTestId(`run.${name}`);
  }

  /** '0.1' … '1000' or 'max'. */
  async speed(speed: string): Promise<void> {
    await this.page.getByTestId('run.speed').selectOption(speed);
  }

  async start(speed = 'max'): Promise<void> {
    await this.speed(speed);
    await this.button('start').click();
  }

  async expectStatus(status: Status, timeout = 10_000): Promise<void> {
    await expect(this.progress).toHaveAttribute('data-status', status, { timeout });
  }

  async virtualMs(): Promise<number> {
    return Number(await this.progress.getAttribute('data-virtual-ms'));
  }
}
