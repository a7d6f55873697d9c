import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './freePort.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the PostgreSQL server the store tests create their databases on. */
    postgresUrl: string;
  }
}

/** The folder holding `initdb` and `pg_ctl`: from PATH, else the newest `/usr/lib/postgresql/<n>/bin`. */
function postgresBinDir(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const initdb = join(dir, 'initdb');
    if (dir !== '' && isExecutable(initdb)) return dirname(realpathSync(initdb));
  }
  let versions: string[] = [];
  try {
    versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v));
  } catch {
    return undefined;
  }
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => `/usr/lib/postgresql/${v}/bin`).find((dir) => isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'pg_ctl')));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}


/**
 * Vitest global setup: provides `postgresUrl`, from TEST_DATABASE_URL or a throwaway cluster
 * (initdb in a temp folder, started once on a free port, stopped and deleted at the end).
 * PostgreSQL refuses to run as root, so as root the folder goes to `postgres` and the binaries
 * run through `runuser -u postgres`. Fails when there is neither a URL nor PostgreSQL binaries.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given !== undefined && given !== '') {
    project.provide('postgresUrl', given);
    return () => undefined;
  }
  const bin = postgresBinDir();
  if (bin === undefined) {
    throw new Error(
      'Store tests need PostgreSQL: install it (Debian: apt-get install postgresql; .ci/run does) so initdb and pg_ctl are on PATH ' +
        'or in /usr/lib/postgresql/<version>/bin, or set TEST_DATABASE_URL to a server where the tests may create databases.',
    );
  }
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: readonly string[]): void => {
    const command = join(bin, tool);
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
    else execFileSync(command, args, { stdio: 'pipe' });
  };
  const dir = mkdtempSync(join(tmpdir(), 'so-mot-cua-pg-'));
  const data = join(dir, 'data');
  if (asRoot) execFileSync('chown', ['-R', 'postgres', dir]);
  else chmodSync(dir, 0o700);
  const port = await freePort();
  const pgCtl = (args: readonly string[]): void => run('pg_ctl', ['-D', data, ...args]);
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    pgCtl(['-w', '-l', join(dir, 'server.log'), '-o', options, 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : '';
    throw new Error(`Could not start a throwaway PostgreSQL cluster in ${dir}: ${String(error)}\n${output}`);
  }
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    try {
      pgCtl(['-w', '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
