import { ConfigError, readConfig } from '../config.ts';
import { AccessError } from '../store/accessStore.ts';
import { openStores } from '../store/openStores.ts';
import type { AdminAction } from './adminContext.ts';
import { ADMIN_HELP } from './adminHelp.ts';
import { UsageError } from './cliArgs.ts';
import { codeCommand } from './codeCommand.ts';
import { deviceCommand } from './deviceCommand.ts';
import { importCommand } from './importCommand.ts';
import { officerCommand } from './officerCommand.ts';
import { unitCommand } from './unitCommand.ts';

/** Where the CLI reads its settings and writes its output. */
export interface AdminIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now?: () => Date;
}

const COMMANDS: Readonly<Record<string, (action: string | undefined, args: readonly string[]) => AdminAction>> = {
  unit: unitCommand,
  officer: officerCommand,
  code: codeCommand,
  device: deviceCommand,
  import: importCommand,
};

/**
 * Runs one admin command and answers the process exit code: 0 done, 1 refused (unknown unit,
 * duplicate id, bad configuration…), 2 bad usage. The input is checked before the database is opened.
 */
export async function runAdmin(argv: readonly string[], { env, out, err, now = () => new Date() }: AdminIo): Promise<number> {
  const [name, action, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? err : out)(ADMIN_HELP);
    return name === undefined ? 2 : 0;
  }
  try {
    const command = COMMANDS[name];
    if (command === undefined) throw new UsageError(`Không có lệnh "${name}". Xem: npm run admin -- help`);
    const run = command(action, args);
    const config = readConfig(env);
    const stores = await openStores(config);
    try {
      await run({ access: stores.access, sync: stores.sync, config, now, out });
    } finally {
      await stores.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(error.message);
      return 2;
    }
    if (error instanceof AccessError || error instanceof ConfigError) {
      err(error.message);
      return 1;
    }
    err(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
