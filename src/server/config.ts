/** Where and how the server runs. */
export interface ServerConfig {
  readonly port: number;
  readonly databaseFile: string;
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

/** Reads PORT, DATABASE_FILE and STATIC_DIR from the environment; throws ConfigError on bad values. */
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
  const staticDir = setting(env, 'STATIC_DIR') ?? DEFAULT_CONFIG.staticDir;
  if (problems.length > 0) throw new ConfigError(`Cấu hình máy chủ không hợp lệ:\n- ${problems.join('\n- ')}`);
  return { port, databaseFile, staticDir };
}

/** A variable's trimmed value; unset and blank both read as undefined. */
function setting(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}
