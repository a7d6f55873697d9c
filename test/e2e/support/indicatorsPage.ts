import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of "Chỉ tiêu", by roles and the words an officer reads. */
export class IndicatorsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Chỉ tiêu', level: 1 })).toBeVisible();
  }

  async choosePlan(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Kế hoạch đang theo dõi' }).selectOption({ label });
  }

  /** A plan row, found by the start of its verbatim wording. */
  row(wording: string): Locator {
    return this.page.getByRole('region', { name: /Kế hoạch|Bản sao/ }).getByRole('listitem').filter({ hasText: wording });
  }
}
