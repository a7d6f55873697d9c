import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The built app served by the real server on a free-ish port with a throwaway database. */
export interface ServedApp {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `src/server/main.ts` (the app must be built) and waits until /api/health answers. */
export async function serveApp(root: string): Promise<ServedApp> {
  const port = 40_000 + (process.pid % 10_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'so-mot-cua-bench-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_FILE: path.join(dataDir, 'bench.sqlite') },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
