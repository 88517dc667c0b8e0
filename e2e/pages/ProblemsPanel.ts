import type { Locator, Page } from '@playwright/test';

/** The Problems tab of the bottom dock. */
export class ProblemsPanel {
  readonly tab: Locator;
  readonly empty: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('dock.tab.problems');
    this.empty = page.getByTestId('problems.empty');
  }

  row(index: number): Locator {
    return this.page.getByTestId(`problems.row.${index}`);
  }

  rows(): Locator {
    return this.page.locator('[data-testid^="problems.row."]');
  }
}
