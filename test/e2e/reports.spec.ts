import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { parseCsv } from '../../src/domain/csv/parseCsv.ts';
import { DeskPage } from './support/deskPage.ts';
import { sidewaysOverflow, smallTargets } from './support/thumbTargets.ts';

/** Page model of "Báo cáo", by roles and the words an officer reads. */
class ReportsPage {
  constructor(readonly page: Page) {}

  /** From the register ("Sổ"), as an officer gets there. */
  async openFromRegister(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Sổ', exact: true }).click();
    await this.page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Báo cáo', level: 1 })).toBeVisible();
  }

  async choose(report: 'Sổ theo dõi hồ sơ' | 'Biểu 06' | 'Báo cáo kế hoạch'): Promise<void> {
    await this.page.getByRole('group', { name: 'Loại báo cáo' }).getByRole('radio', { name: new RegExp(`^${report}`) }).check();
  }

  personal(): Locator {
    return this.page.getByRole('checkbox', { name: 'Kèm thông tin cá nhân (họ tên, địa chỉ, điện thoại)' });
  }

  table(): Locator {
    return this.page.getByRole('region', { name: /^Bảng / }).getByRole('table');
  }

  /** The body of the table as text, cell by cell (numbers as shown, e.g. "1.234"). */
  async bodyCells(): Promise<string[][]> {
    return this.table().locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  }

  async download(button: 'Tải CSV' | 'Tải Excel (.xlsx)'): Promise<{ name: string; bytes: Buffer }> {
    const [download]: [Download, void] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path()) ?? '') };
  }
}

const YEAR_MONTH = () => {
  const vn = new Date(Date.now() + 7 * 3_600_000).toISOString();
  return vn.slice(0, 7);
};

/** Text of an exceljs cell value as the screen shows it (numbers unformatted). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return JSON.stringify(value);
}

/** "1.234" on screen → "1234" as in the files. */
const plain = (text: string) => (/^[\d.]+$/.test(text) ? text.replaceAll('.', '') : text);

test('Biểu 06 counts what was received, says the figures add up, and downloads the same table as CSV and Excel', async ({ page }) => {
  const desk = new DeskPage(page);
  const reports = new ReportsPage(page);
  await page.goto('/');
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tuyến toàn trình');
  await desk.receive('Cấp Giấy xác nhận tình trạng hôn nhân', 'Bưu chính công ích');
  await desk.tab('Hôm nay').click();
  await page.getByRole('button', { name: /^Giải quyết xong: Đăng ký khai sinh/ }).click();
  await page.getByRole('button', { name: 'Xác nhận giải quyết' }).click();
  await expect(page.getByRole('button', { name: /^Trả kết quả: Đăng ký khai sinh/ })).toBeVisible();

  await reports.openFromRegister();
  await reports.choose('Biểu 06');
  // Received 3 this month: 1 online (toàn trình), 2 at the desk or by post; none carried over;
  // 1 resolved (early or on time: today, before its due day or on it), 2 pending within their deadline.
  await expect(page.getByText('Số liệu khớp: nhận trong kỳ + kỳ trước chuyển sang = đã giải quyết + đang giải quyết (3 + 0 = 1 + 2).')).toBeVisible();
  const cells = await reports.bodyCells();
  const total = cells.at(-1)!;
  expect(total.slice(1, 5)).toEqual(['Tổng cộng', '3', '1', '2']);
  expect(total[5]).toBe('0');
  expect(total[6]).toBe('1');
  expect(Number(total[7]) + Number(total[8])).toBe(1);
  expect(total.slice(9)).toEqual(['0', '2', '2', '0']);
  // Fields in Vietnamese order, each with its STT: Chứng thực, Hộ tịch.
  expect(cells.map((row) => row.slice(0, 2))).toEqual([
    ['1', 'Chứng thực'],
    ['2', 'Hộ tịch'],
    ['', 'Tổng cộng'],
  ]);

  const csv = await reports.download('Tải CSV');
  expect(csv.name).toBe(`bieu-06-${YEAR_MONTH()}.csv`);
  const csvRows = parseCsv(csv.bytes.toString('utf8')).map((r) => [...r.cells]);
  // Three header rows, then the body exactly as on screen.
  expect(csvRows[0]?.slice(0, 3)).toEqual(['STT', 'Lĩnh vực', 'Số hồ sơ nhận giải quyết']);
  expect(csvRows.slice(3)).toEqual(cells.map((row) => row.map(plain)));

  const xlsx = await reports.download('Tải Excel (.xlsx)');
  expect(xlsx.name).toBe(`bieu-06-${YEAR_MONTH()}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const sheetRows: string[][] = [];
  sheet.eachRow((row) => sheetRows.push(Array.from({ length: 13 }, (_, i) => cellText(row.getCell(i + 1).value))));
  const totalRow = sheet.getRow(sheet.rowCount);
  expect(typeof totalRow.getCell(3).value).toBe('number');
  expect(sheetRows.slice(-cells.length)).toEqual(cells.map((row) => row.map(plain)));
  expect(sheetRows.some((row) => row[0] === 'Biểu 06/VPCP/KSTT' || row.includes('Biểu 06/VPCP/KSTT'))).toBe(true);
});

test('the register leaves personal data out unless asked', async ({ page }) => {
  const desk = new DeskPage(page);
  const reports = new ReportsPage(page);
  await page.goto('/');
  await desk.tab('Tiếp nhận').click();
  await desk.procedures().getByRole('radio', { name: /^Đăng ký khai sinh/ }).check();
  await page.getByRole('group', { name: 'Hình thức nộp' }).getByRole('radio', { name: 'Trực tiếp', exact: true }).check();
  await (await desk.optionalField('Họ tên người nộp')).fill('Nguyễn Thị Mai');
  await (await desk.optionalField('Số điện thoại')).fill('0912345678');
  await desk.saveButton().click();
  await expect(desk.confirmation('Đăng ký khai sinh')).toBeVisible();

  await reports.openFromRegister();
  await expect(reports.personal()).not.toBeChecked();
  await expect(reports.table()).toContainText('Đăng ký khai sinh');
  await expect(reports.table()).not.toContainText('Nguyễn Thị Mai');
  await expect(reports.table()).not.toContainText('0912345678');
  const without = await reports.download('Tải CSV');
  expect(without.name).toBe(`so-theo-doi-${YEAR_MONTH()}.csv`);
  expect(without.bytes.toString('utf8')).not.toMatch(/Nguyễn Thị Mai|0912345678/);

  await reports.personal().check();
  await expect(reports.table()).toContainText('Nguyễn Thị Mai');
  await expect(reports.table()).toContainText('0912345678');
  const withPersonal = parseCsv((await reports.download('Tải CSV')).bytes.toString('utf8')).map((r) => [...r.cells]);
  // Two header rows, then line 1: TT 1, the procedure, 1 dossier, the name, the phone.
  expect(withPersonal[2]?.slice(0, 6)).toEqual(['1', '', 'Đăng ký khai sinh', '1', 'Nguyễn Thị Mai', '0912345678']);
});

/** Writes `count` valid dossiers received this month straight into the app's IndexedDB (as a sync pull would). */
async function seedDossiers(page: Page, count: number): Promise<void> {
  await page.evaluate(
    async ({ count, yearMonth }) => {
      const procedure = { id: 'e2e-cttb', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: true, paperResult: true, certifiedCopy: true };
      const start = Date.parse(`${yearMonth}-01T08:00:00+07:00`);
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('so-mot-cua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('dossiers', 'readwrite');
          const store = tx.objectStore('dossiers');
          for (let i = 0; i < count; i += 1) {
            const receivedAt = new Date(start + i * 60_000).toISOString();
            const day = `${yearMonth}-01`;
            store.put({
              schemaVersion: 2,
              id: `0190b000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`,
              code: `CT-${String(i + 1).padStart(3, '0')}`,
              procedure,
              channel: 'in_person',
              receivedAt,
              dueDate: day,
              appointmentDate: day,
              status: 'received',
              supplementRequests: [],
              digitized: false,
              electronicResult: false,
              reusedData: false,
              paidOnline: false,
              returnedByPost: false,
              syncedToPortal: false,
              electronicCertifiedCopy: false,
              complaint: false,
              updatedAt: receivedAt,
            });
          }
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { count, yearMonth: YEAR_MONTH() },
  );
}

/** Every page's text, read back with pdf.js. */
async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: true }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await doc.destroy();
  return texts;
}

test('the register prints on A4 landscape: header repeated on every page, page numbers, no clipped column', async ({ page }) => {
  const ROWS = 90;
  const reports = new ReportsPage(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await seedDossiers(page, ROWS);
  await page.goto('/bao-cao');
  await expect(reports.table().locator('tbody tr')).toHaveCount(ROWS);

  // The printable width of A4 landscape with 10 mm side margins: 277 mm ≈ 1047 CSS px.
  await page.setViewportSize({ width: 1047, height: 740 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Chức năng chính' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In' })).toBeHidden();
  const clipped = await page.evaluate(() => {
    const table = document.querySelector('table.report-table')!;
    const box = table.getBoundingClientRect();
    const out: string[] = [];
    if (box.right > document.documentElement.clientWidth + 0.5) out.push(`table ends at ${box.right}`);
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
      const r = cell.getBoundingClientRect();
      if (r.right > box.right + 0.5 || cell.scrollWidth > cell.clientWidth + 1) out.push(`${cell.textContent} ${r.right}/${box.right} ${cell.scrollWidth}>${cell.clientWidth}`);
    }
    return out;
  });
  expect(clipped).toEqual([]);

  // Where the pages should break: page height 210 mm less the 12 + 14 mm margins of @page; the
  // title block on the first page only; the header rows again at the top of every page; a line
  // never cut in two (tr: break-inside: avoid).
  const expected = await page.evaluate(() => {
    const pageHeight = ((210 - 12 - 14) * 96) / 25.4;
    const table = document.querySelector<HTMLTableElement>('table.report-table')!;
    const header = table.tHead!.getBoundingClientRect().height;
    const rows = [...table.tBodies[0]!.rows].map((row) => ({ height: row.getBoundingClientRect().height, code: row.cells[1]!.textContent ?? '' }));
    const pages: string[][] = [[]];
    let y = table.getBoundingClientRect().top + window.scrollY + header;
    for (const row of rows) {
      if (y + row.height > pageHeight + 0.5) {
        pages.push([]);
        y = header;
      }
      y += row.height;
      pages.at(-1)!.push(row.code);
    }
    return pages;
  });

  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
  const pages = (await PDFDocument.load(pdf)).getPageCount();
  expect(expected.length).toBeGreaterThanOrEqual(2);
  expect(pages).toBe(expected.length);
  const texts = await pdfPageTexts(new Uint8Array(pdf));
  expect(texts).toHaveLength(pages);
  texts.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain('Mã hồ sơ');
    expect(text, `page ${i + 1}`).toContain('Ghi chú');
    expect(text, `page ${i + 1}`).toContain(`Trang ${i + 1} / ${pages}`);
  });
  expect(texts[0]).toContain('SỔ THEO DÕI HỒ SƠ');
  // Every line printed once, on the page the layout put it: CT-001 … CT-090 in order.
  texts.forEach((text, i) => expect(text.match(/CT-\d{3}/g), `page ${i + 1}`).toEqual(expected[i]));
});

test('the plan report follows the plan chosen in Chỉ tiêu; every report passes axe and never scrolls the page sideways', async ({ page }) => {
  const desk = new DeskPage(page);
  const reports = new ReportsPage(page);
  await page.goto('/');
  await desk.receive('Đăng ký khai sinh', 'Trực tuyến toàn trình');
  await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tiếp');

  await reports.openFromRegister();
  await reports.choose('Báo cáo kế hoạch');
  await expect(page.getByText('Chưa chọn kế hoạch.')).toBeVisible();
  await page.getByRole('link', { name: 'Chọn kế hoạch ở màn hình Chỉ tiêu' }).click();
  await page.getByRole('combobox', { name: 'Kế hoạch đang theo dõi' }).selectOption({ label: 'UBND phường Thống Nhất · 2025' });
  await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await reports.choose('Báo cáo kế hoạch');
  // Plan 004: online dossiers ≥ 60%; this month 1 of 2 received online = 50% → not met.
  const online = reports.table().getByRole('row').filter({ hasText: 'trực tuyến' }).filter({ hasText: '1/2' }).first();
  await expect(online).toContainText('50%');
  await expect(online).toContainText('Không đạt');
  await expect(page.getByRole('status').filter({ hasText: /^Đạt \d+ \/ \d+ chỉ tiêu/ })).toBeVisible();

  for (const report of ['Sổ theo dõi hồ sơ', 'Biểu 06', 'Báo cáo kế hoạch'] as const) {
    await reports.choose(report);
    await expect(reports.table()).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${report} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    for (const [size, overflow] of Object.entries(await sidewaysOverflow(page))) expect(overflow, `${report} at ${size}`).toBeLessThanOrEqual(0);
  }
});
