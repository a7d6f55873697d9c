import type { AccessStore } from './accessStore.ts';
import type { SyncStore } from './syncStore.ts';

/** Both stores of the server, over one database connection (or pool). */
export interface ServerStores {
  readonly sync: SyncStore;
  readonly access: AccessStore;
  /** Releases the shared connection; both stores are unusable afterwards. Safe to call twice. */
  close(): Promise<void>;
}
