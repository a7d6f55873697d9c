import { describe, expect, it } from 'vitest';
import { ConfigError, maskPassword, readConfig } from '../../src/server/config.ts';

describe('readConfig', () => {
  it('uses the defaults when nothing is set, or set blank', () => {
    const defaults = { port: 8080, databaseFile: './data/so-mot-cua.sqlite', staticDir: './dist', trustProxy: false, enrollAttempts: 10 };
    expect(readConfig({})).toEqual(defaults);
    expect(readConfig({ PORT: '', DATABASE_FILE: '  ', STATIC_DIR: '', TRUST_PROXY: '', PUBLIC_URL: ' ' })).toEqual(defaults);
  });

  it('reads the variables', () => {
    expect(readConfig({ PORT: '3000', DATABASE_FILE: '/var/lib/smc/db.sqlite', STATIC_DIR: 'web', TRUST_PROXY: '1', PUBLIC_URL: 'https://smc.example.vn/', ENROLL_ATTEMPTS: '30' })).toEqual({
      port: 3000,
      databaseFile: '/var/lib/smc/db.sqlite',
      staticDir: 'web',
      trustProxy: true,
      publicUrl: 'https://smc.example.vn',
      enrollAttempts: 30,
    });
  });

  it.each(['0', '-3', 'many', '2.5'])('refuses ENROLL_ATTEMPTS=%s', (attempts) => {
    expect(() => readConfig({ ENROLL_ATTEMPTS: attempts })).toThrow(`ENROLL_ATTEMPTS phải là số nguyên dương: số lần thử đăng ký mỗi 15 phút từ một địa chỉ (đang là "${attempts}").`);
  });

  it.each(['abc', '0', '65536', '80.5', '-1'])('refuses PORT=%s', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: port })).toThrow(`PORT phải là số nguyên từ 1 đến 65535 (đang là "${port}").`);
  });

  it('refuses a DATABASE_FILE that names a folder, listing every problem at once', () => {
    expect(() => readConfig({ PORT: 'x', DATABASE_FILE: './data/' })).toThrow(
      'Cấu hình máy chủ không hợp lệ:\n- PORT phải là số nguyên từ 1 đến 65535 (đang là "x").\n- DATABASE_FILE phải là đường dẫn tới một tệp, không phải thư mục (đang là "./data/").',
    );
  });
});

describe('DATABASE_URL', () => {
  it('selects PostgreSQL when set', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://smc:bí-mật@db.example:5432/somotcua' }).databaseUrl).toBe('postgres://smc:bí-mật@db.example:5432/somotcua');
    expect(readConfig({ DATABASE_URL: ' ' }).databaseUrl).toBeUndefined();
  });

  it('refuses a URL of another kind without printing its password', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://smc:secret@db/x' })).toThrow(
      'DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql:// (đang là "mysql://smc:***@db/x").',
    );
  });

  it('masks the password for the log', () => {
    expect(maskPassword('postgres://smc:secret@db.example:5432/somotcua')).toBe('postgres://smc:***@db.example:5432/somotcua');
    expect(maskPassword('postgresql://smc@db.example/somotcua')).toBe('postgresql://smc@db.example/somotcua');
    expect(maskPassword('postgres://db.example/somotcua')).toBe('postgres://db.example/somotcua');
  });
});

describe('TRUST_PROXY and PUBLIC_URL', () => {
  it('reads TRUST_PROXY as 1 or 0 only', () => {
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(() => readConfig({ TRUST_PROXY: 'yes' })).toThrow('TRUST_PROXY phải là 1 (có proxy ngược đặt X-Forwarded-For) hoặc 0 (đang là "yes").');
  });

  it('refuses a PUBLIC_URL that is not an http(s) address', () => {
    expect(readConfig({ PUBLIC_URL: 'http://192.168.1.10:8080' }).publicUrl).toBe('http://192.168.1.10:8080');
    for (const url of ['smc.example.vn', 'ftp://smc.example.vn', 'https://smc.example.vn/?a=1']) {
      expect(() => readConfig({ PUBLIC_URL: url })).toThrow(`PUBLIC_URL phải là địa chỉ http:// hoặc https:// mà điện thoại mở được (đang là "${url}").`);
    }
  });
});
