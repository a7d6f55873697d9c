import os from 'node:os';
import path from 'node:path';

/** The port the e2e server listens on (away from the default 8080 a developer may be using). */
export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 8181);

/** The server's SQLite file in e2e runs, wiped at each start, read back by the tests. */
export const E2E_DATABASE_FILE = path.join(os.tmpdir(), 'so-mot-cua-e2e', 'server.sqlite');
