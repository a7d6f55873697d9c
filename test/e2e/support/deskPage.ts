import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A page model built only on roles and the labels an officer reads (Actual's e2e style):
 * if a test cannot find a control this way, a screen reader cannot either.
 */
export class DeskPage {
  constructor(readonly page: Page) {}

  /** Waits until a service worker controls the page, so the next load works offline. */
  async waitForServiceWorker(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return;
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
  }

  tab(name: 'Hôm nay' | 'Tiếp nhận'): Locator {
    return this.page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name, exact: true });
  }

  /** Receives one dossier through the "Tiếp nhận" screen and waits for the confirmation. */
  async receive(procedure: string, channel: string): Promise<void> {
    await this.tab('Tiếp nhận').click();
    await this.page.getByRole('group', { name: 'Thủ tục' }).getByRole('radio', { name: new RegExp(`^${procedure}`) }).check();
    await this.page.getByRole('group', { name: 'Hình thức nộp' }).getByRole('radio', { name: channel, exact: true }).check();
    await expect(this.page.getByText(/^Ngày hẹn trả:/)).toBeVisible();
    await this.page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Đã tiếp nhận: ${procedure}` })).toBeVisible();
  }

  /** The tally card of "Hôm nay". */
  tally(): Locator {
    return this.page.getByRole('region', { name: 'Số liệu trong ngày' });
  }

  /** The figure shown beside a label in the tally card. */
  tallyValue(label: string): Locator {
    return this.tally()
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
      .getByRole('definition');
  }

  openDossiers(): Locator {
    return this.page.getByRole('region', { name: 'Hồ sơ đang xử lý' }).getByRole('listitem');
  }

  syncStatus(): Locator {
    return this.page.getByRole('region', { name: 'Trạng thái đồng bộ' }).getByRole('status');
  }
}
