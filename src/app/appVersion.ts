/**
 * The version baked into this build: `VITE_APP_VERSION` at build time (e.g. a release tag or
 * commit), shown in Cài đặt so an officer can tell support which version the phone runs.
 */
export function appVersion(): string {
  const raw: unknown = import.meta.env['VITE_APP_VERSION'];
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : 'dev';
}
