import type { SoMotCuaDatabase } from '../../data/database.ts';
import { readDeviceId } from '../../data/deviceIdentity.ts';
import { applyReceipts, nextPendingBatch } from '../../data/outboxStore.ts';
import { MAX_BATCH_SIZE, PROTOCOL_VERSION } from '../protocol.ts';
import type { PushTransport } from './httpTransport.ts';

/** What one full push achieved. */
export interface PushSummary {
  accepted: number;
  duplicate: number;
  rejected: number;
  /** The server's clock at the last answer, for the clock-skew warning. */
  serverTime: string | null;
}

/**
 * Pushes the whole pending outbox in batches of at most `batchSize`, applying each batch's
 * receipts before sending the next. Stops at the first failed request (the rest stays queued).
 */
export async function pushOutbox(db: SoMotCuaDatabase, transport: PushTransport, batchSize = MAX_BATCH_SIZE): Promise<PushSummary> {
  const summary: PushSummary = { accepted: 0, duplicate: 0, rejected: 0, serverTime: null };
  const deviceId = await readDeviceId(db);
  if (deviceId === null) return summary;
  for (;;) {
    const batch = await nextPendingBatch(db, batchSize);
    if (batch.length === 0) return summary;
    const response = await transport({ protocol: PROTOCOL_VERSION, deviceId, changes: batch });
    await applyReceipts(db, batch, response.receipts);
    summary.serverTime = response.serverTime;
    for (const r of response.receipts) summary[r.status] += 1;
    // A server that answered none of this batch would make us loop forever on it.
    if (!response.receipts.some((r) => batch.some((c) => c.changeId === r.changeId))) {
      throw new Error('Máy chủ không xác nhận thay đổi nào.');
    }
  }
}
