import type { SoMotCuaDatabase } from '../../data/database.ts';
import { localSeqState, readDeviceId } from '../../data/deviceIdentity.ts';
import { applyReceipts, nextPendingBatch, renumberChanges } from '../../data/outboxStore.ts';
import { MAX_BATCH_SIZE, PROTOCOL_VERSION, type DeviceState } from '../protocol.ts';
import { SyncHttpError, type SyncTransport } from './httpTransport.ts';

/** What one full push achieved. */
export interface PushSummary {
  accepted: number;
  duplicate: number;
  rejected: number;
  /** The server's clock at the last answer, for the clock-skew warning. */
  serverTime: string | null;
  /** What the server holds of this device's changes, at the last answer. */
  device: DeviceState | null;
  /**
   * Set when the server already held changes at numbers this phone was using again (its storage
   * was restored from an old copy): what each side had at that moment. The changes were renumbered.
   */
  collision: { serverMaxSeq: number; localHighestSeq: number } | null;
}

/** A push that sent nothing (nothing queued, or a supervisor's phone, which only reads). */
export function emptyPushSummary(): PushSummary {
  return { accepted: 0, duplicate: 0, rejected: 0, serverTime: null, device: null, collision: null };
}

/**
 * Pushes the whole pending outbox in batches of at most `batchSize`, applying each batch's
 * receipts before sending the next. A batch the server finds too large (413: long notes and
 * many supplement rounds make big snapshots) is sent again in halves. Stops at the first other
 * failed request (the rest stays queued).
 */
export async function pushOutbox(db: SoMotCuaDatabase, transport: SyncTransport, token: string, maxBatchSize = MAX_BATCH_SIZE): Promise<PushSummary> {
  let batchSize = maxBatchSize;
  const summary = emptyPushSummary();
  const deviceId = await readDeviceId(db);
  if (deviceId === null) return summary;
  for (;;) {
    const batch = await nextPendingBatch(db, batchSize);
    if (batch.length === 0) return summary;
    let response;
    try {
      response = await transport.push({ protocol: PROTOCOL_VERSION, deviceId, changes: batch }, token);
    } catch (error) {
      if (!(error instanceof SyncHttpError && error.status === 413 && batchSize > 1)) throw error;
      batchSize = Math.ceil(batchSize / 2);
      continue;
    }
    await applyReceipts(db, batch, response.receipts);
    const collided = batch.filter((c) => response.receipts.some((r) => r.changeId === c.changeId && r.code === 'seq_taken'));
    if (collided.length > 0) {
      summary.collision ??= { serverMaxSeq: response.device.maxSeq, localHighestSeq: (await localSeqState(db)).highestSeq };
      await renumberChanges(db, collided.map((c) => c.seq), response.device.maxSeq);
    }
    summary.serverTime = response.serverTime;
    summary.device = response.device;
    // A renumbered change is sent again and counted then.
    for (const r of response.receipts) if (r.code !== 'seq_taken') summary[r.status] += 1;
    // A server that answered none of this batch would make us loop forever on it.
    if (!response.receipts.some((r) => batch.some((c) => c.changeId === r.changeId))) {
      throw new Error('Máy chủ không xác nhận thay đổi nào.');
    }
  }
}
