import os from 'node:os';
import path from 'node:path';

// The test runner picks a port once and its workers inherit it through the environment, so
// several e2e runs on one machine (CI beside a developer) never share a server or a database.
process.env['E2E_PORT'] ??= String(20_000 + (process.pid % 20_000));

/** The port the e2e server listens on. */
export const E2E_PORT = Number(process.env['E2E_PORT']);

/** The server's SQLite file in e2e runs, wiped at each start, read back by the tests. */
export const E2E_DATABASE_FILE = path.join(os.tmpdir(), `so-mot-cua-e2e-${E2E_PORT}`, 'server.sqlite');

/** The app build the e2e server serves: one per run, so two runs never overwrite each other's files. */
export const E2E_DIST_DIR = path.join(os.tmpdir(), `so-mot-cua-e2e-dist-${E2E_PORT}`);
