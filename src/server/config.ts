/** Where and how the server runs. */
export interface ServerConfig {
  readonly port: number;
  readonly databaseFile: string;
  /** PostgreSQL connection URL; when set the server uses PostgreSQL instead of the SQLite file. */
  readonly databaseUrl?: string;
  readonly staticDir: string;
}

/** Defaults used when a variable is unset or empty. */
export const DEFAULT_CONFIG: ServerConfig = {
  port: 8080,
  databaseFile: './data/so-mot-cua.sqlite',
  staticDir: './dist',
};

/** Thrown with every bad setting listed, in Vietnamese, for the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads PORT, DATABASE_FILE, DATABASE_URL and STATIC_DIR from the environment; throws ConfigError on bad values. */
export function readConfig(env: Readonly<Record<string, string | undefined>> = process.env): ServerConfig {
  const problems: string[] = [];
  const portText = setting(env, 'PORT');
  const port = portText === undefined ? DEFAULT_CONFIG.port : Number(portText);
  if (portText !== undefined && (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535)) {
    problems.push(`PORT phải là số nguyên từ 1 đến 65535 (đang là "${portText}").`);
  }
  const databaseFile = setting(env, 'DATABASE_FILE') ?? DEFAULT_CONFIG.databaseFile;
  if (/[/\\]$/.test(databaseFile)) {
    problems.push(`DATABASE_FILE phải là đường dẫn tới một tệp, không phải thư mục (đang là "${databaseFile}").`);
  }
  const databaseUrl = setting(env, 'DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql:// (đang là "${maskPassword(databaseUrl)}").`);
  }
  const staticDir = setting(env, 'STATIC_DIR') ?? DEFAULT_CONFIG.staticDir;
  if (problems.length > 0) throw new ConfigError(`Cấu hình máy chủ không hợp lệ:\n- ${problems.join('\n- ')}`);
  return databaseUrl === undefined ? { port, databaseFile, staticDir } : { port, databaseFile, databaseUrl, staticDir };
}

/** The URL with any password replaced by `***`, safe to print in logs. */
export function maskPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}

/** A variable's trimmed value; unset and blank both read as undefined. */
function setting(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}
