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

  /**
   * Receives one dossier through the "Tiếp nhận" screen and waits for the confirmation.
   * `receivedAt` ("YYYY-MM-DDTHH:MM", Vietnam time) types "Thời điểm tiếp nhận" instead of now.
   */
  async receive(procedure: string, channel: string, options: { receivedAt?: string } = {}): Promise<void> {
    await this.tab('Tiếp nhận').click();
    await this.procedures().getByRole('radio', { name: new RegExp(`^${procedure}`) }).check();
    await this.page.getByRole('group', { name: 'Hình thức nộp' }).getByRole('radio', { name: channel, exact: true }).check();
    if (options.receivedAt !== undefined) await this.receivedAt().fill(options.receivedAt);
    await expect(this.appointment()).toBeVisible();
    await this.saveButton().click();
    await expect(this.confirmation(procedure)).toBeVisible();
  }

  /** The "Thủ tục" radio group of "Tiếp nhận" (its sub-groups: "Yêu thích", "Hay dùng", fields, search results). */
  procedures(): Locator {
    return this.page.getByRole('group', { name: 'Thủ tục', exact: true });
  }

  /** The search box above the procedures. */
  procedureSearch(): Locator {
    return this.procedures().getByRole('searchbox', { name: 'Tìm thủ tục' });
  }

  /** "Thời điểm tiếp nhận", a datetime-local in Vietnam time. */
  receivedAt(): Locator {
    return this.page.getByLabel('Thời điểm tiếp nhận');
  }

  /** "Ngày hẹn trả: …" for the procedure and time chosen. */
  appointment(): Locator {
    return this.page.getByText(/^Ngày hẹn trả:/);
  }

  saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Lưu hồ sơ' });
  }

  /** The confirmation shown once a dossier of `procedure` is saved. */
  confirmation(procedure: string): Locator {
    return this.page.getByRole('status').filter({ hasText: `Đã tiếp nhận: ${procedure}` });
  }

  /** A field of "Thông tin thêm (không bắt buộc)", opening that section first when closed. */
  async optionalField(label: 'Mã hồ sơ' | 'Họ tên người nộp' | 'Số điện thoại'): Promise<Locator> {
    const field = this.page.getByLabel(label, { exact: true });
    if (!(await field.isVisible())) await this.page.getByText('Thông tin thêm (không bắt buộc)').click();
    await expect(field).toBeVisible();
    return field;
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

  /**
   * The items of "Hồ sơ đang xử lý", every list of "Hôm nay" included. An overdue dossier
   * without an apology is in two lists ("Quá hạn" and "Trễ hạn chưa có văn bản xin lỗi"),
   * so it counts twice here.
   */
  openDossiers(): Locator {
    return this.page.getByRole('region', { name: 'Hồ sơ đang xử lý' }).getByRole('listitem');
  }

  /** One list of "Hôm nay" ("Đến hạn hôm nay", "Quá hạn", "Chờ bổ sung", …): a region named by its title. */
  actionList(name: string): Locator {
    return this.page.getByRole('region', { name: 'Hồ sơ đang xử lý' }).getByRole('region', { name, exact: true });
  }

  syncStatus(): Locator {
    return this.page.getByRole('region', { name: 'Trạng thái đồng bộ' }).getByRole('status');
  }
}
