import type { Download, Locator, Page } from '@playwright/test';

/** The File menu of the top bar. */
export class FileMenu {
  readonly button: Locator;

  constructor(private readonly page: Page) {
    this.button = page.getByTestId('file.menu');
  }

  async open(): Promise<void> {
    if ((await this.button.getAttribute('aria-expanded')) !== 'true') await this.button.click();
  }

  async choose(testId: string): Promise<void> {
    await this.open();
    await this.page.getByTestId(testId).click();
  }

  async newFlow(): Promise<void> {
    await this.choose('file.new');
  }

  /** Save / Export, returning the download the browser received. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.choose('file.export');
    return download;
  }

  /** Open… with the file chooser. */
  async openFile(filePath: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.choose('file.open');
    await (await chooser).setFiles(filePath);
  }

  /** Paste JSON… and Open, as a person does when the browser blocks clipboard reads. */
  async pasteJson(text: string): Promise<void> {
    await this.choose('file.paste');
    await this.page.getByTestId('file.paste.text').fill(text);
    await this.page.getByTestId('file.paste.open').click();
  }

  /** Opens File › Recent and returns its entry for the flow named `name`. */
  async recentEntry(name: string): Promise<Locator> {
    await this.open();
    await this.page.getByTestId('file.recent').hover();
    const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const label = this.page.locator('.menu-label', { hasText: exact });
    return this.page.getByTestId(/^file\.recent\.\d+$/).filter({ has: label });
  }

  async close(): Promise<void> {
    while ((await this.button.getAttribute('aria-expanded')) === 'true')
      await this.page.keyboard.press('Escape');
  }

  async openRecent(index: number): Promise<void> {
    await this.open();
    await this.page.getByTestId('file.recent').hover();
    await this.page.getByTestId(`file.recent.${index}`).click();
  }
}
