import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and common images put Chromium; CHROME_PATH wins when set. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The system Chromium for Playwright. This machine cannot download Playwright's own
 * browser builds, so tests always run the one installed by the OS (`.ci/run` apt-installs it).
 */
export function systemChromium(): string {
  const fromEnv = process.env['CHROME_PATH'];
  const found = [fromEnv, ...CANDIDATES].find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
  if (!found) {
    throw new Error(`No Chromium found (tried ${[fromEnv, ...CANDIDATES].filter(Boolean).join(', ')}). Install it with: apt-get install -y chromium`);
  }
  return found;
}

/**
 * Flags for running as root in a container with no network but loopback: no sandbox, and
 * no background calls to Google's services, which this machine refuses.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
