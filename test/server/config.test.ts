import { describe, expect, it } from 'vitest';
import { ConfigError, maskPassword, readConfig } from '../../src/server/config.ts';

describe('readConfig', () => {
  it('uses the defaults when nothing is set, or set blank', () => {
    const defaults = { port: 8080, databaseFile: './data/so-mot-cua.sqlite', staticDir: './dist' };
    expect(readConfig({})).toEqual(defaults);
    expect(readConfig({ PORT: '', DATABASE_FILE: '  ', STATIC_DIR: '' })).toEqual(defaults);
  });

  it('reads the variables', () => {
    expect(readConfig({ PORT: '3000', DATABASE_FILE: '/var/lib/smc/db.sqlite', STATIC_DIR: 'web' })).toEqual({
      port: 3000,
      databaseFile: '/var/lib/smc/db.sqlite',
      staticDir: 'web',
    });
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
