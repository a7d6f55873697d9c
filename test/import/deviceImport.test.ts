// First: installs fake-indexeddb before Dexie loads.
import { testDatabases } from '../helpers/testDatabases.ts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openAsBlob, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { commitRegisterImport, previewRegisterFile, previewRegisterImport } from '../../src/data/registerImport.ts';
import { InvalidDossierError } from '../../src/data/dossierStore.ts';
import { importProcedures } from '../../src/data/procedureStore.ts';
import { createVietnamWorkingCalendar } from '../../src/domain/calendar/vietnamWorkingCalendar.ts';
import { registerCsvTemplate } from '../../src/domain/import/registerTemplate.ts';

const freshDb = testDatabases();
const calendar = createVietnamWorkingCalendar();
const now = new Date('2026-11-26T03:00:00Z');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('register import on the device', () => {
  it('the public template is the template the app generates', () => {
    const file = readFileSync(new URL('../../public/mau-nhap-so-theo-doi.csv', import.meta.url), 'utf-8');
    expect(file).toBe(registerCsvTemplate());
    expect(file.startsWith('\uFEFF')).toBe(true);
  });

  it('writes every dossier with its outbox change; a second import of the same file changes nothing', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'officerId', value: 'lan' });
    const preview = await previewRegisterImport(db, utf8(registerCsvTemplate()), calendar, now);
    if (!preview.ok) throw new Error(preview.problems.join('\n'));
    expect(preview.fresh).toHaveLength(2);
    expect(preview.alreadyPresent).toBe(0);
    expect(await commitRegisterImport(db, preview.fresh)).toEqual({ imported: 2, alreadyPresent: 0 });

    const stored = await db.dossiers.toArray();
    expect(stored.map((d) => d.officerId)).toEqual(['lan', 'lan']);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => [e.seq, e.entity, e.state])).toEqual([
      [1, 'dossier', 'pending'],
      [2, 'dossier', 'pending'],
    ]);
    expect(new Set(outbox.map((e) => e.entityId))).toEqual(new Set(stored.map((d) => d.id)));
    const before = { dossiers: await db.dossiers.toArray(), outbox: await db.outbox.count(), history: await db.history.count(), aggregates: await db.aggregates.toArray() };

    const again = await previewRegisterImport(db, utf8(registerCsvTemplate()), calendar, now);
    expect(again).toMatchObject({ ok: true, fresh: [], alreadyPresent: 2 });
    // Committing the first preview's list again (two tabs, or a double tap) skips both.
    expect(await commitRegisterImport(db, preview.fresh)).toEqual({ imported: 0, alreadyPresent: 2 });
    expect(await db.dossiers.toArray()).toEqual(before.dossiers);
    expect(await db.outbox.count()).toBe(before.outbox);
    expect(await db.history.count()).toBe(before.history);
    expect(await db.aggregates.toArray()).toEqual(before.aggregates);
  });

  it('writes nothing when one row is bad, and lists it by line', async () => {
    const db = freshDb();
    const text = 'Tên thủ tục,Ngày nhận hồ sơ\nĐăng ký khai tử,02/03/2026 09:00\nĐăng ký khai tử,32/03/2026 09:00\n';
    const preview = await previewRegisterImport(db, utf8(text), calendar, now);
    expect(preview).toEqual({
      ok: false,
      problemCount: 1,
      problems: ['Dòng 3: «Ngày nhận hồ sơ» phải có dạng dd/mm/yyyy hh:mm hoặc dd/mm/yyyy (đang là "32/03/2026 09:00")'],
    });
    expect(await db.dossiers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('rolls the whole import back when one dossier cannot be saved', async () => {
    const db = freshDb();
    const preview = await previewRegisterImport(db, utf8(registerCsvTemplate()), calendar, now);
    if (!preview.ok) throw new Error('template must read');
    const broken = { ...preview.fresh[1]!, status: 'resolved' as const };
    await expect(commitRegisterImport(db, [preview.fresh[0]!, broken])).rejects.toThrow(InvalidDossierError);
    expect(await db.dossiers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });

  it("finds procedures in the device's own catalogue and counts days with its calendar overrides", async () => {
    const db = freshDb();
    await importProcedures(db, [
      { id: 'dao-duong', name: 'Cấp phép đào đường', field: 'Giao thông', timeLimit: { unit: 'working_days', amount: 2 }, hasFee: true, paperResult: true, certifiedCopy: false },
    ]);
    // Friday 27/11/2026 09:00 + 2 working days; with Monday 30/11 made a day off by the user:
    // Tue 1/12, Wed 2/12. Without the override it would be Tue 1/12.
    const withDayOff = createVietnamWorkingCalendar({ daysOff: [{ day: '2026-11-30', note: 'nghỉ bù' }], workingDays: [], removedDaysOff: [] });
    const preview = await previewRegisterImport(db, utf8('Tên thủ tục,Ngày nhận hồ sơ\nCấp phép đào đường,27/11/2026 09:00\n'), withDayOff, new Date('2026-11-27T03:00:00Z'));
    if (!preview.ok) throw new Error(preview.problems.join('\n'));
    expect(preview.fresh[0]).toMatchObject({ procedure: { id: 'dao-duong', hasFee: true }, dueDate: '2026-12-02' });
  });

  it('imports an .xlsx written by exceljs (dates, numbers, shared strings)', async () => {
    const db = freshDb();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sổ');
    sheet.addRow(['Tên thủ tục', 'Ngày nhận hồ sơ', 'Ngày trả kết quả', 'Thời hạn (ngày làm việc)', 'Lĩnh vực', 'Số hóa']);
    // exceljs writes a Date by its UTC fields: 2026-03-02 09:00 "UTC" is read as 02/03/2026 09:00 Vietnam time.
    const row = sheet.addRow(['Cấp phép đào đường', new Date(Date.UTC(2026, 2, 2, 9, 0)), new Date(Date.UTC(2026, 2, 4)), 5, 'Giao thông', 1]);
    row.getCell(2).numFmt = 'dd/mm/yyyy hh:mm';
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings: true }));
    const preview = await previewRegisterImport(db, bytes, calendar, now);
    if (!preview.ok) throw new Error(preview.problems.join('\n'));
    // 09:00 VN = 02:00 UTC; the bare return date 04/03 is 17:00 VN = 10:00 UTC.
    expect(preview.fresh[0]).toMatchObject({
      receivedAt: '2026-03-02T02:00:00.000Z',
      returnedAt: '2026-03-04T10:00:00.000Z',
      status: 'returned',
      digitized: true,
      procedure: { name: 'Cấp phép đào đường', timeLimit: { unit: 'working_days', amount: 5 } },
    });
    expect(await commitRegisterImport(db, preview.fresh)).toEqual({ imported: 1, alreadyPresent: 0 });
  });

  it('refuses a 50 MB file by its size, without reading it, and writes nothing', async () => {
    const db = freshDb();
    const path = join(tmpdir(), `so-mot-cua-device-50mb-${uuidv7()}.csv`);
    try {
      const line = 'Đăng ký khai tử,02/03/2026 09:00\n';
      writeFileSync(path, `Tên thủ tục,Ngày nhận hồ sơ\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`);
      // A file-backed Blob, as the browser's File: its size is known without reading it.
      const file = await openAsBlob(path);
      expect(file.size).toBeGreaterThan(50 * 1024 * 1024);
      const started = performance.now();
      const preview = await previewRegisterFile(db, file, calendar);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(preview).toEqual({
        ok: false,
        problemCount: 1,
        problems: [`Tệp quá lớn (${Math.round(file.size / 1024 / 1024)} MB; tối đa 20 MB). Hãy chia sổ thành nhiều tệp, ví dụ mỗi năm một tệp.`],
      });
      expect(await db.dossiers.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    } finally {
      rmSync(path, { force: true });
    }
  });
});
