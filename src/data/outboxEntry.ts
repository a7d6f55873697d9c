import type { Change } from '../sync/protocol.ts';

/** Where a change waits until the server has acknowledged it. */
export type OutboxState = 'pending' | 'rejected';

/**
 * A change waiting to be pushed. `seq` is the device's gap-free sequence number and the
 * store's key, so the queue is read in the order the officer worked.
 */
export interface OutboxEntry extends Change {
  state: OutboxState;
  /** The server's reason, for a rejected change (shown in quarantine). */
  reason?: string;
}
