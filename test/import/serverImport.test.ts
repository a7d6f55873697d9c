// First: installs fake-indexeddb before Dexie loads (the phone half of the last test).
import { testDatabases } from '../helpers/testDatabases.ts';
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitRegisterImport, previewRegisterImport } from '../../src/data/registerImport.ts';
import { createVietnamWorkingCalendar } from '../../src/domain/calendar/vietnamWorkingCalendar.ts';
import { registerCsvTemplate } from '../../src/domain/import/registerTemplate.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { runAdmin } from '../../src/server/admin/runAdmin.ts';
import type { ValidatedChange } from '../../src/server/store/syncStore.ts';
import { validateChange } from '../../src/server/validateChange.ts';
import { postgresUnderTest, sqliteUnderTest, type StoreKind, type StoresUnderTest } from '../helpers/storesUnderTest.ts';
import { tempFolder } from '../helpers/syncFixtures.ts';

const freshPhoneDb = testDatabases();
const NOW = new Date('2026-11-26T03:00:00Z');
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function admin(db: StoresUnderTest, args: readonly string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(args, { env: db.env, out: (t) => out.push(t), err: (t) => err.push(t), now: () => NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function withUnit(kind: StoreKind, work: (db: StoresUnderTest, file: (name: string, content: string | Uint8Array) => string) => Promise<void>): Promise<void> {
  const db = await kind.open();
  const folder = tempFolder();
  try {
    await db.stores.access.createUnit({ id: 'xa-y', name: 'UBND xã Y', kind: 'commune', parentId: null });
    await db.stores.access.createOfficer({ unitId: 'xa-y', officerId: 'lan', name: 'Nguyễn Thị Lan', role: 'officer' }, NOW);
    await work(db, (name, content) => {
      const path = join(folder.dir, name);
      writeFileSync(path, content);
      return path;
    });
  } finally {
    folder.remove();
    await db.remove();
  }
}

/** Every dossier the unit's phones would pull. */
async function pulledDossiers(db: StoresUnderTest): Promise<Record<string, unknown>[]> {
  const page = await db.stores.sync.pullSince('xa-y', 0, 500);
  return page.records.filter((r) => r.entity === 'dossier').map((r) => r.payload as Record<string, unknown>);
}

const KINDS: StoreKind[] = [
  { name: 'SQLite', open: sqliteUnderTest },
  { name: 'PostgreSQL', open: postgresUnderTest },
];

describe.each(KINDS)('npm run admin -- import, on $name', (kind) => {
  it('imports the template once; a second run finds every dossier already there', async () => {
    await withUnit(kind, async (db, file) => {
      const path = file('so.csv', registerCsvTemplate());
      const first = await admin(db, ['import', 'xa-y', path, '--officer', 'lan']);
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/^Đã nhập 2 hồ sơ vào đơn vị xa-y, ghi cho cán bộ lan\.\n0 hồ sơ đã có, bỏ qua\.\nMã thiết bị nhập: [0-9a-f-]{36}\./);
      expect(await db.count('dossiers', 'xa-y')).toBe(2);
      expect(await db.count('changes', 'xa-y')).toBe(2);
      const pulled = await pulledDossiers(db);
      expect(pulled.map((d) => [d['code'] ?? null, d['officerId'], d['status']])).toEqual([
        ['HS-2026-0001', 'lan', 'returned'],
        [null, 'lan', 'received'],
      ]);
      // The import device's seqs are gap-free from 1, like a phone's.
      const deviceId = /Mã thiết bị nhập: ([0-9a-f-]{36})/.exec(first.out)?.[1] ?? '';
      expect(await db.stores.sync.deviceState('xa-y', deviceId)).toEqual({ maxSeq: 2, missing: [] });

      const again = await admin(db, ['import', 'xa-y', path]);
      expect(again).toEqual({ code: 0, out: 'Không có hồ sơ mới: cả 2 hồ sơ trong tệp đã có ở đơn vị xa-y (bỏ qua).', err: '' });
      expect(await db.count('dossiers', 'xa-y')).toBe(2);
      expect(await db.count('changes', 'xa-y')).toBe(2);
    });
  }, 60_000);

  it('refuses a file with bad rows, lists them by line, and writes nothing', async () => {
    await withUnit(kind, async (db, file) => {
      const path = file('loi.csv', 'Tên thủ tục,Ngày nhận hồ sơ\nĐăng ký khai tử,02/03/2026 09:00\nThủ tục lạ,02/03/2026 09:00\nĐăng ký khai tử,2/3/26\n');
      const run = await admin(db, ['import', 'xa-y', path]);
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err).toBe(
        [
          'Lỗi: Tệp có 2 lỗi, chưa nhập hồ sơ nào:',
          'Dòng 3: thủ tục "Thủ tục lạ" không có trong danh mục; hãy thêm vào danh mục (Cài đặt) hoặc ghi «Lĩnh vực» và «Thời hạn (ngày làm việc)»',
          'Dòng 4: «Ngày nhận hồ sơ» phải có dạng dd/mm/yyyy hh:mm hoặc dd/mm/yyyy (đang là "2/3/26")',
        ].join('\n'),
      );
      expect(await db.count('dossiers')).toBe(0);
      expect(await db.count('changes')).toBe(0);
    });
  }, 60_000);
});

describe('npm run admin -- import: malformed input (SQLite)', () => {
  it('names wrong columns', async () => {
    await withUnit(KINDS[0]!, async (db, file) => {
      const run = await admin(db, ['import', 'xa-y', file('cot.csv', 'Tên thủ tục,Ngày nộp\nĐăng ký khai tử,02/03/2026\n')]);
      expect(run.code).toBe(1);
      expect(run.err).toContain('Dòng 1: cột không có trong mẫu: «Ngày nộp».');
      expect(run.err).toContain('Dòng 1: thiếu cột «Ngày nhận hồ sơ».');
      expect(await db.count('dossiers')).toBe(0);
    });
  }, 60_000);

  it('refuses Windows-1258 / latin1 bytes with the UTF-8 advice', async () => {
    await withUnit(KINDS[0]!, async (db, file) => {
      // "Tên thủ tục,Ngày nhận hồ sơ" typed in a Windows-1258 editor: ê = EA, đ = F0 … not UTF-8.
      const latin = Uint8Array.from([...'T\xEAn th\xF0 t\xF0c,Ng\xE0y nh\xE2n h\xF4 s\xF4\n\xD0\xE3ng k\xFD,02/03/2026\n'].map((c) => c.charCodeAt(0)));
      const run = await admin(db, ['import', 'xa-y', file('ansi.csv', latin)]);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/^Lỗi: Tệp có 1 lỗi, chưa nhập hồ sơ nào:\nTệp không phải mã UTF-8/);
      expect(await db.count('dossiers')).toBe(0);
    });
  }, 60_000);

  it('refuses a 50 MB file quickly by its size, before reading it', async () => {
    await withUnit(KINDS[0]!, async (db) => {
      const path = join(tmpdir(), `so-mot-cua-50mb-${uuidv7()}.csv`);
      try {
        const line = 'Đăng ký khai tử,02/03/2026 09:00\n';
        const bytes = new TextEncoder().encode(`Tên thủ tục,Ngày nhận hồ sơ\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`);
        writeFileSync(path, bytes);
        const started = performance.now();
        const run = await admin(db, ['import', 'xa-y', path]);
        expect(performance.now() - started).toBeLessThan(5_000);
        expect(run.code).toBe(1);
        expect(run.err).toBe('Lỗi: Tệp quá lớn (59 MB; tối đa 20 MB). Hãy chia sổ thành nhiều tệp, ví dụ mỗi năm một tệp.'.replace('59 MB', `${Math.round(bytes.length / 1024 / 1024)} MB`));
        expect(Math.round(bytes.length / 1024 / 1024)).toBeGreaterThanOrEqual(50);
        expect(await db.count('dossiers')).toBe(0);
      } finally {
        rmSync(path, { force: true });
      }
    });
  }, 60_000);

  it('refuses an unknown unit or officer, a missing file and missing arguments', async () => {
    await withUnit(KINDS[0]!, async (db, file) => {
      const path = file('so.csv', registerCsvTemplate());
      expect(await admin(db, ['import', 'xa-z', path])).toEqual({ code: 1, out: '', err: 'Không có đơn vị "xa-z". Xem danh sách bằng: npm run admin -- unit list' });
      expect((await admin(db, ['import', 'xa-y', path, '--officer', 'an'])).err).toBe('Đơn vị xa-y không có cán bộ "an". Xem danh sách bằng: npm run admin -- officer list xa-y');
      expect((await admin(db, ['import', 'xa-y', join(path, '..', 'khong-co.csv')])).code).toBe(2);
      expect(await admin(db, ['import', 'xa-y'])).toMatchObject({ code: 2, err: 'Thiếu <tệp>. Cách dùng: npm run admin -- import <mã đơn vị> <tệp.csv|tệp.xlsx> [--officer <mã cán bộ>]' });
      expect(await db.count('dossiers')).toBe(0);
    });
  }, 60_000);

  it('imports an .xlsx written by exceljs', async () => {
    await withUnit(KINDS[0]!, async (db, file) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Sổ theo dõi');
      sheet.addRow(['Mã hồ sơ', 'Tên thủ tục', 'Ngày nhận hồ sơ', 'Hình thức nộp', 'Ghi chú']);
      // A date cell (exceljs writes the UTC fields): 03/03/2026 14:20 Vietnam time = 07:20 UTC.
      sheet.addRow(['X-1', 'Chứng thực chữ ký', new Date(Date.UTC(2026, 2, 3, 14, 20)), 'Trực tuyến một phần', null]).getCell(3).numFmt = 'dd/mm/yyyy hh:mm';
      sheet.addRow(['X-2', 'Chứng thực chữ ký', '03/03/2026 15:10', 'Bưu chính', 'gửi bưu điện']);
      const path = file('so.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
      const run = await admin(db, ['import', 'xa-y', path]);
      expect(run.code).toBe(0);
      const pulled = await pulledDossiers(db);
      expect(pulled.map((d) => [d['code'], d['receivedAt'], d['channel'], d['dueDate']])).toEqual([
        // Chứng thực chữ ký: same day, cut-off 15:00. 14:20 → Tuesday 03/03; 15:10 → next working day 04/03.
        ['X-1', '2026-03-03T07:20:00.000Z', 'online_partial', '2026-03-03'],
        ['X-2', '2026-03-03T08:10:00.000Z', 'postal', '2026-03-04'],
      ]);
    });
  }, 60_000);

  it('skips dossiers a phone imported from the same file and already pushed', async () => {
    await withUnit(KINDS[0]!, async (db, file) => {
      // The phone imports the template, then its outbox is pushed (through the server's edge check).
      const phone = freshPhoneDb();
      const preview = await previewRegisterImport(phone, new TextEncoder().encode(registerCsvTemplate()), createVietnamWorkingCalendar(), NOW);
      if (!preview.ok) throw new Error('template must read');
      await commitRegisterImport(phone, [preview.fresh[0]!]);
      const [entry] = await phone.outbox.toArray();
      const { state: _state, ...change } = entry!;
      const checked = await validateChange(change, change.deviceId, NOW);
      if (!checked.ok) throw new Error(checked.reason);
      const validated: ValidatedChange[] = [checked.change];
      await db.stores.sync.applyChanges('xa-y', validated, NOW.toISOString());

      const run = await admin(db, ['import', 'xa-y', file('so.csv', registerCsvTemplate())]);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^Đã nhập 1 hồ sơ vào đơn vị xa-y\.\n1 hồ sơ đã có, bỏ qua\./);
      expect(await db.count('dossiers', 'xa-y')).toBe(2);
    });
  }, 60_000);
});

describe('npm run admin -- import, as a real process', () => {
  it('prints the summary and exits 0, then 1 with the line errors for a bad file', async () => {
    await withUnit(KINDS[0]!, async (db, file) => {
      const spawn = (args: readonly string[]) =>
        new Promise<Run>((resolve) => {
          const { DATABASE_URL: _url, ...env } = process.env;
          execFile(TSX, ['src/server/admin/main.ts', ...args], { env: { ...env, ...db.env }, timeout: 30_000 }, (error, stdout, stderr) => {
            resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, out: stdout, err: stderr });
          });
        });
      const good = await spawn(['import', 'xa-y', file('so.csv', registerCsvTemplate())]);
      expect(good.code).toBe(0);
      expect(good.out).toMatch(/^Đã nhập 2 hồ sơ vào đơn vị xa-y\./);
      const bad = await spawn(['import', 'xa-y', file('loi.csv', 'Tên thủ tục,Ngày nhận hồ sơ\nĐăng ký khai tử,hôm nay\n')]);
      expect(bad.code).toBe(1);
      expect(bad.err).toContain('Dòng 2: «Ngày nhận hồ sơ» phải có dạng');
      expect(await db.count('dossiers', 'xa-y')).toBe(2);
    });
  }, 60_000);
});
