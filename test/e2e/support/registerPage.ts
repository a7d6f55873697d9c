import { expect, type Locator, type Page } from '@playwright/test';

/** Page model of "Sổ theo dõi hồ sơ", by roles and the words an officer reads. */
export class RegisterPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Sổ', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Sổ theo dõi hồ sơ', level: 1 })).toBeVisible();
  }

  /** The rows shown, newest first; each is a link to its dossier. */
  rows(): Locator {
    return this.page.getByRole('list', { name: 'Hồ sơ trong sổ' }).getByRole('link');
  }

  /** The row of a procedure (its accessible name starts with the line number, then the procedure). */
  row(procedure: string): Locator {
    return this.rows().filter({ hasText: procedure });
  }

  /** "Đang hiển thị N hồ sơ". */
  count(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Đang hiển thị/ });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Tìm trong sổ' }).fill(text);
  }

  /** The folded filter panel's line saying what is chosen. */
  filterSummary(): Locator {
    return this.page.locator('summary').filter({ hasText: /^Lọc/ });
  }

  /** Picks a status in the (folded) filter panel. */
  async filterStatus(label: string): Promise<void> {
    const select = this.page.getByRole('combobox', { name: 'Trạng thái' });
    if (!(await select.isVisible())) await this.page.getByText('Lọc', { exact: true }).click();
    await select.selectOption({ label });
  }
}
