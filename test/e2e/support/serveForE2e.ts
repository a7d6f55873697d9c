import { rmSync } from 'node:fs';
import path from 'node:path';
import { E2E_DATABASE_FILE } from './e2eServerConfig.ts';

// Each e2e run starts from an empty server database, then runs the real server entry point.
rmSync(path.dirname(E2E_DATABASE_FILE), { recursive: true, force: true });
// Every e2e phone enrolls from 127.0.0.1: allow the whole suite's enrollments.
process.env['ENROLL_ATTEMPTS'] = '1000';
await import('../../../src/server/main.ts');
