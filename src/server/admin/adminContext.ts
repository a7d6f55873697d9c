import type { ServerConfig } from '../config.ts';
import type { AccessStore } from '../store/accessStore.ts';
import type { SyncStore } from '../store/syncStore.ts';

/** What an admin command runs with. */
export interface AdminContext {
  readonly access: AccessStore;
  /** What the server holds of each device's changes; `import` also reads and writes records. */
  readonly sync: Pick<SyncStore, 'deviceState' | 'pullSince' | 'applyChanges'>;
  readonly config: ServerConfig;
  readonly now: () => Date;
  /** Writes one line (or block) of output for the operator. */
  readonly out: (text: string) => void;
}

/** A parsed command, ready to run once the database is open. */
export type AdminAction = (context: AdminContext) => Promise<void>;
