import type { Locator, Page } from '@playwright/test';

/** Page model of a dossier's screen ("/ho-so/<id>"), by roles and the words an officer reads. */
export class DossierPage {
  constructor(readonly page: Page) {}

  /** The header card, named by the procedure (the screen's title). */
  header(procedure: string): Locator {
    return this.page.getByRole('region', { name: procedure, exact: true });
  }

  /** An action's form, by its title ("Giải quyết xong", "Yêu cầu bổ sung"…). */
  form(name: string): Locator {
    return this.page.getByRole('form', { name, exact: true });
  }

  /** The button that opens one of the other actions' forms. */
  otherAction(name: string): Locator {
    return this.page.getByRole('region', { name: 'Xử lý hồ sơ' }).getByRole('button', { name, exact: true });
  }

  /** One of the four faces of "Mức độ hài lòng". */
  face(label: string): Locator {
    return this.page.getByRole('group', { name: 'Mức độ hài lòng' }).getByRole('button', { name: label, exact: true });
  }

  /** The history's entries, newest first. */
  historyEntries(): Locator {
    return this.page.getByRole('region', { name: 'Lịch sử hồ sơ' }).getByRole('listitem');
  }

  /** What a history entry says a field became ("before → after"), by the field's Vietnamese name. */
  change(entry: Locator, field: string): Locator {
    return entry
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${field}$`) }) })
      .getByRole('definition');
  }

  /** The undo toast showing `text`. */
  toast(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
