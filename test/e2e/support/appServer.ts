import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

// Playwright and the scripts run from the repository root.
const ROOT = process.cwd();

/**
 * Builds the app into `outDir` with `VITE_APP_VERSION` baked in (shown in Cài đặt as
 * "Phiên bản …"), service worker and precache list included, as `npm run build` does.
 */
export function buildApp(outDir: string, version: string): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, VITE_APP_VERSION: version },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`vite build (${version}) failed (${run.status}): ${run.stderr}${run.stdout}`);
}

/** The real server (src/server/main.ts) running as a child process. */
export interface AppServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts src/server/main.ts serving `staticDir` on `port` with its SQLite file; resolves once /api/health answers. */
export async function startAppServer(options: { port: number; staticDir: string; databaseFile: string }): Promise<AppServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(options.port),
      STATIC_DIR: options.staticDir,
      DATABASE_FILE: options.databaseFile,
      ENROLL_ATTEMPTS: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://localhost:${options.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer on ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs the admin CLI against a server's SQLite file; its stdout, or throws with its stderr. */
export function adminCliOn(databaseFile: string, port: number, ...args: string[]): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/admin/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_FILE: databaseFile, PORT: String(port) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`admin ${args.join(' ')} failed (${run.status}): ${run.stderr}${run.stdout}`);
  return run.stdout;
}
