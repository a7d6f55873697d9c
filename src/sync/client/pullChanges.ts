import { applyPulledPage, readPullCursor } from '../../data/applyPulled.ts';
import type { SoMotCuaDatabase } from '../../data/database.ts';
import type { DeviceState } from '../protocol.ts';
import type { SyncTransport } from './httpTransport.ts';

/** What one full pull brought. */
export interface PullSummary {
  /** Records added or changed on this device. */
  changed: number;
  /** Records this app could not read (a newer app wrote them): pulled again once it is updated. */
  unreadable: number;
  serverTime: string | null;
  device: DeviceState | null;
}

/**
 * Pulls every page the server has after this device's cursor for its unit, each applied in its
 * own transaction. Stops at a page holding a record this version cannot read (the cursor stays
 * before it).
 */
export async function pullChanges(db: SoMotCuaDatabase, transport: SyncTransport, unitId: string, token: string): Promise<PullSummary> {
  const summary: PullSummary = { changed: 0, unreadable: 0, serverTime: null, device: null };
  let cursor = await readPullCursor(db, unitId);
  for (;;) {
    const page = await transport.pull(cursor, token);
    const applied = await applyPulledPage(db, unitId, page.records, page.cursor);
    summary.changed += applied.changed;
    summary.unreadable += applied.unreadable;
    summary.serverTime = page.serverTime;
    summary.device = page.device;
    if (!page.more || page.cursor === cursor || applied.unreadable > 0) return summary;
    cursor = page.cursor;
  }
}
