import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { runAdmin } from '../../src/server/admin/runAdmin.ts';
import { createApp } from '../../src/server/app.ts';
import { PROTOCOL_VERSION } from '../../src/sync/protocol.ts';
import { postgresUnderTest, sqliteUnderTest, type StoresUnderTest } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushBody, sampleDossier, tempFolder } from '../helpers/syncFixtures.ts';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CODE = /\b([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2})\b/;

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** The environment of a child process: the database's, with none of the caller's server settings. */
function childEnv(env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const { DATABASE_FILE: _file, DATABASE_URL: _url, PUBLIC_URL: _public, PORT: _port, ...rest } = process.env;
  return { ...rest, ...env };
}

/** `npm run admin -- …` as a real process (tsx, as the npm script runs it). */
function spawnAdmin(args: readonly string[], env: Readonly<Record<string, string>>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, ['src/server/admin/main.ts', ...args], { env: childEnv(env), timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, out: stdout, err: stderr });
    });
  });
}

/** The same CLI in process, with its output captured. */
async function runInProcess(args: readonly string[], env: Readonly<Record<string, string>>, now = new Date('2025-03-10T05:00:00.000Z')): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(args, { env, out: (t) => out.push(t), err: (t) => err.push(t), now: () => now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every step an operator takes for one commune, then the phone enrolling, pushing and being revoked. */
async function operatorJourney(db: StoresUnderTest): Promise<void> {
  const folder = tempFolder();
  try {
    const run = (...args: string[]): Promise<Run> => spawnAdmin(args, db.env);
    expect(await run('unit', 'add', 'huyen-x', '--name', 'UBND huyện X', '--kind', 'district')).toEqual({ code: 0, out: 'Đã thêm đơn vị huyen-x: UBND huyện X (huyện).\n', err: '' });
    expect((await run('unit', 'add', 'xa-y', '--name=UBND xã Y', '--parent', 'huyen-x')).out).toBe('Đã thêm đơn vị xa-y: UBND xã Y (xã, trực thuộc huyen-x).\n');
    expect((await run('officer', 'add', 'xa-y', 'lan', '--name', 'Nguyễn Thị Lan')).code).toBe(0);
    const svg = join(folder.dir, 'qr.svg');
    const issued = await run('code', 'issue', 'xa-y', 'lan', '--url', 'http://smc.test:8080/', '--svg', svg);
    expect(issued.code).toBe(0);
    const code = CODE.exec(issued.out)?.[1] ?? '';
    expect(issued.out).toContain(`Trên điện thoại, mở: http://smc.test:8080/cai-dat?ma=${code.replaceAll('-', '')}`);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg /);

    // The phone enrolls through the HTTP app, on the same database, and pushes.
    const app = createApp({ store: db.stores.sync, access: db.stores.access });
    const enrolled = await app.request('/api/enroll', { method: 'POST', body: JSON.stringify({ protocol: PROTOCOL_VERSION, code, deviceId: uuidv7() }) });
    expect(enrolled.status).toBe(201);
    const { token, unit } = (await enrolled.json()) as { token: string; unit: { id: string } };
    expect(unit.id).toBe('xa-y');
    const deviceId = (await db.stores.access.listDevices('xa-y'))[0]?.deviceId ?? '';
    const push = async (): Promise<Response> =>
      app.request('/api/sync', {
        method: 'POST',
        // seq 1 and 3 without 2: the device list shows the gap (data-loss detection).
        body: pushBody(deviceId, [await dossierChange(sampleDossier(), { deviceId, seq: 1 }), await dossierChange(sampleDossier(), { deviceId, seq: 3 })]),
        headers: { Authorization: `Bearer ${token}` },
      });
    expect((await push()).status).toBe(200);

    const listed = await run('device', 'list', 'xa-y');
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(deviceId);
    expect(listed.out).toMatch(/Nguyễn Thị Lan \(lan\)\s+\S+\s+\d\d:\d\d \d\d\/\d\d\/\d{4}\s+\d\d:\d\d \d\d\/\d\d\/\d{4}\s+3\s+2\s+đang dùng/);

    expect(await run('device', 'revoke', 'xa-y', deviceId)).toMatchObject({ code: 0, err: '' });
    const refused = await push();
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toContain('thu hồi');

    const unknown = await run('officer', 'add', 'nowhere', 'an', '--name', 'An');
    expect(unknown).toEqual({ code: 1, out: '', err: 'Không có đơn vị "nowhere". Xem danh sách bằng: npm run admin -- unit list\n' });
    for (const result of [issued, listed]) expect(result.out).not.toContain(token);
  } finally {
    folder.remove();
  }
}

// Each spawn costs about a second (tsx compiles on start), so the two databases run side by side.
describe.concurrent('npm run admin, as a real process', () => {
  it('on SQLite: unit, officer, code with QR, enrollment over HTTP, device list and revoke', async () => {
    const db = await sqliteUnderTest();
    try {
      await operatorJourney(db);
    } finally {
      await db.remove();
    }
  }, 120_000);

  it('on PostgreSQL: the same', async () => {
    const db = await postgresUnderTest();
    try {
      await operatorJourney(db);
    } finally {
      await db.remove();
    }
  }, 120_000);
});

describe('npm run admin: input and output', () => {
  async function withFile<T>(work: (env: Record<string, string>) => Promise<T>): Promise<T> {
    const folder = tempFolder();
    try {
      return await work({ DATABASE_FILE: join(folder.dir, 'admin.sqlite') });
    } finally {
      folder.remove();
    }
  }

  it('prints the help in Vietnamese (exit 0), or with no command at all (exit 2)', async () => {
    const help = await runInProcess(['help'], {});
    expect(help.code).toBe(0);
    expect(help.out).toContain('Cách dùng: npm run admin -- <lệnh>');
    for (const command of ['unit add', 'unit list', 'officer add', 'officer list', 'code issue', 'device list', 'device revoke']) expect(help.out).toContain(command);
    const none = await runInProcess([], {});
    expect([none.code, none.err]).toEqual([2, help.out]);
  });

  it.each([
    [['frobnicate'], 'Không có lệnh "frobnicate". Xem: npm run admin -- help'],
    [['unit'], 'Lệnh "unit" cần add hoặc list. Xem: npm run admin -- help'],
    [['unit', 'add', 'xa-a'], 'Thiếu --name. Cách dùng: npm run admin -- unit add <mã đơn vị> --name "UBND xã An Bình" [--kind commune|ward|district|office] [--parent <mã đơn vị>]'],
    [['unit', 'add', 'xa-a', '--name'], 'Tùy chọn --name cần một giá trị.'],
    [['unit', 'add', 'xa-a', '--name', 'A', '--kind', 'province'], '--kind phải là một trong commune, ward, district, office (đang là "province").'],
    [['unit', 'add', 'xa-a', '--name', 'A', '--colour', 'red'], 'Không có tùy chọn --colour cho lệnh này.'],
    [['unit', 'list', 'extra'], 'Thừa giá trị "extra". Cách dùng: npm run admin -- unit list'],
    [['officer', 'add', 'xa-a', 'lan', '--name', 'Lan', '--role', 'admin'], '--role phải là một trong officer, supervisor (đang là "admin").'],
    [['officer', 'list'], 'Thiếu <mã đơn vị>. Cách dùng: npm run admin -- officer list <mã đơn vị>'],
    [['code', 'issue', 'xa-a', 'lan', '--days', 'một'], '--days phải là một số ngày nguyên (đang là "một").'],
    [['code', 'issue', 'xa-a', 'lan', '--url', 'smc.test'], '--url phải là địa chỉ http:// hoặc https:// (đang là "smc.test").'],
    [['device', 'revoke', 'xa-a'], 'Thiếu <mã thiết bị>. Cách dùng: npm run admin -- device revoke <mã đơn vị> <mã thiết bị>'],
  ])('refuses %j with exit code 2 and says why', async (args, message) => {
    // A bad setting too: usage is checked first, before the configuration or the database.
    const result = await runInProcess(args, { PORT: 'abc' });
    expect(result).toEqual({ code: 2, out: '', err: message });
  });

  it('refuses what the database cannot honour with exit code 1, and a bad configuration too', async () => {
    await withFile(async (env) => {
      expect(await runInProcess(['officer', 'list', 'xa-z'], env)).toMatchObject({ code: 1, err: 'Không có đơn vị "xa-z". Xem danh sách bằng: npm run admin -- unit list' });
      expect((await runInProcess(['unit', 'add', 'default', '--name', 'X'], env)).err).toBe('Đơn vị "default" đã có.');
      expect((await runInProcess(['code', 'issue', 'default', 'lan'], env)).err).toBe('Đơn vị "default" không có cán bộ "lan".');
      expect((await runInProcess(['code', 'issue', 'default', 'lan', '--days', '365'], env)).err).toContain('từ 1 đến 90');
      const revoke = await runInProcess(['device', 'revoke', 'default', 'phone'], env);
      expect(revoke).toEqual({ code: 1, out: '', err: 'Đơn vị default không có thiết bị phone đang dùng (chưa đăng ký, hoặc đã bị thu hồi). Xem: npm run admin -- device list default' });
      const config = await runInProcess(['unit', 'list'], { ...env, PORT: 'abc' });
      expect([config.code, config.err]).toEqual([1, 'Cấu hình máy chủ không hợp lệ:\n- PORT phải là số nguyên từ 1 đến 65535 (đang là "abc").']);
    });
  });

  it('lists units and officers, and prints a code with its expiry in Vietnam time and its link', async () => {
    await withFile(async (env) => {
      await runInProcess(['unit', 'add', 'huyen-x', '--name', 'UBND huyện X', '--kind', 'district'], env);
      await runInProcess(['unit', 'add', 'xa-y', '--name', 'UBND xã Y', '--kind', 'commune', '--parent', 'huyen-x'], env);
      expect((await runInProcess(['officer', 'add', 'huyen-x', 'giamsat', '--name', 'Trần Văn Giám', '--role', 'supervisor'], env)).out).toBe(
        'Đã thêm cán bộ giamsat (Trần Văn Giám, vai trò: giám sát, chỉ xem) vào đơn vị huyen-x.',
      );
      expect((await runInProcess(['unit', 'list'], env)).out).toBe(
        [
          'Mã       Tên              Loại   Cấp trên',
          '-------  ---------------  -----  --------',
          'default  Đơn vị mặc định  xã',
          'huyen-x  UBND huyện X     huyện',
          'xa-y     UBND xã Y        xã     huyen-x',
        ].join('\n'),
      );
      expect((await runInProcess(['officer', 'list', 'huyen-x'], env)).out).toContain('giamsat  Trần Văn Giám  giám sát, chỉ xem  12:00 10/03/2025');
      expect((await runInProcess(['officer', 'list', 'xa-y'], env)).out).toBe('Đơn vị xa-y chưa có cán bộ nào.');
      expect((await runInProcess(['device', 'list', 'xa-y'], env)).out).toBe('Đơn vị xa-y chưa có thiết bị nào đăng ký.');

      const issued = await runInProcess(['code', 'issue', 'huyen-x', 'giamsat', '--days', '3'], { ...env, PORT: '9090' });
      expect(issued.code).toBe(0);
      const code = CODE.exec(issued.out)?.[1] ?? '';
      expect(issued.out).toContain(`Mã đăng ký cho Trần Văn Giám (giamsat), UBND huyện X:\n\n    ${code}\n`);
      // 3 days after 12:00 on 10 March, Vietnam time.
      expect(issued.out).toContain('Hết hạn lúc 12:00 13/03/2025 (giờ Việt Nam). Mã chỉ dùng được một lần, cho một điện thoại.');
      expect(issued.out).toContain(`Trên điện thoại, mở: http://localhost:9090/cai-dat?ma=${code.replaceAll('-', '')}`);
      expect(issued.out).toMatch(/[▀▄█]/);
      const withPublicUrl = await runInProcess(['code', 'issue', 'huyen-x', 'giamsat'], { ...env, PUBLIC_URL: 'https://smc.example.vn' });
      expect(withPublicUrl.out).toMatch(/Trên điện thoại, mở: https:\/\/smc\.example\.vn\/cai-dat\?ma=[0-9A-Z]{10}\n/);
    });
  });
});
