/** Where and how the server runs. */
export interface ServerConfig {
  readonly port: number;
  readonly databaseFile: string;
  /** PostgreSQL connection URL; when set the server uses PostgreSQL instead of the SQLite file. */
  readonly databaseUrl?: string;
  readonly staticDir: string;
  /**
   * Whether a reverse proxy in front sets `X-Forwarded-For` (TRUST_PROXY=1): only then is its
   * last address taken as the client's (for the enrollment rate limit). Off by default, since
   * a client reaching the server directly could otherwise claim any address.
   */
  readonly trustProxy: boolean;
  /** The address phones open (PUBLIC_URL), for the enrollment QR codes; no trailing slash. */
  readonly publicUrl?: string;
  /** Enrollment attempts allowed per client address per 15 minutes (ENROLL_ATTEMPTS). */
  readonly enrollAttempts: number;
}

/** Defaults used when a variable is unset or empty. */
export const DEFAULT_CONFIG: ServerConfig = {
  port: 8080,
  databaseFile: './data/so-mot-cua.sqlite',
  staticDir: './dist',
  trustProxy: false,
  enrollAttempts: 10,
};

/** Thrown with every bad setting listed, in Vietnamese, for the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads PORT, DATABASE_FILE, DATABASE_URL, STATIC_DIR, TRUST_PROXY, PUBLIC_URL and ENROLL_ATTEMPTS from the environment; throws ConfigError on bad values. */
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
  const trustProxyText = setting(env, 'TRUST_PROXY');
  if (trustProxyText !== undefined && trustProxyText !== '0' && trustProxyText !== '1') {
    problems.push(`TRUST_PROXY phải là 1 (có proxy ngược đặt X-Forwarded-For) hoặc 0 (đang là "${trustProxyText}").`);
  }
  const trustProxy = trustProxyText === '1';
  const publicUrlText = setting(env, 'PUBLIC_URL');
  if (publicUrlText !== undefined && !isHttpUrl(publicUrlText)) {
    problems.push(`PUBLIC_URL phải là địa chỉ http:// hoặc https:// mà điện thoại mở được (đang là "${publicUrlText}").`);
  }
  const attemptsText = setting(env, 'ENROLL_ATTEMPTS');
  const enrollAttempts = attemptsText === undefined ? DEFAULT_CONFIG.enrollAttempts : Number(attemptsText);
  if (attemptsText !== undefined && (!/^\d{1,6}$/.test(attemptsText) || enrollAttempts < 1)) {
    problems.push(`ENROLL_ATTEMPTS phải là số nguyên dương: số lần thử đăng ký mỗi 15 phút từ một địa chỉ (đang là "${attemptsText}").`);
  }
  if (problems.length > 0) throw new ConfigError(`Cấu hình máy chủ không hợp lệ:\n- ${problems.join('\n- ')}`);
  return {
    port,
    databaseFile,
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    staticDir,
    trustProxy,
    enrollAttempts,
    ...(publicUrlText === undefined ? {} : { publicUrl: publicUrlText.replace(/\/+$/, '') }),
  };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
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
