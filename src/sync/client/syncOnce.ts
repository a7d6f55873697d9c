import type { SoMotCuaDatabase } from '../../data/database.ts';
import { advanceSeqPast, localSeqState } from '../../data/deviceIdentity.ts';
import { readEnrollment } from '../../data/enrollmentStore.ts';
import type { DeviceState } from '../protocol.ts';
import { describeDataLoss, findDataLoss } from './dataLoss.ts';
import type { SyncTransport } from './httpTransport.ts';
import { pullChanges, type PullSummary } from './pullChanges.ts';
import { emptyPushSummary, pushOutbox, type PushSummary } from './pushOutbox.ts';

/** What one round of sync did. */
export type SyncOutcome =
  | { readonly kind: 'unenrolled' }
  | {
      readonly kind: 'synced';
      readonly pushed: PushSummary;
      readonly pulled: PullSummary;
      /** The server's clock at the last answer. */
      readonly serverTime: string | null;
      /** The officer's sentence when changes look lost on either side, else null. */
      readonly dataLoss: string | null;
    };

/**
 * One round: push the outbox (officers only: a supervisor reads), then pull everything new
 * for the unit, then compare the server's record of this device with the device's own.
 * Before enrollment nothing is sent and everything stays queued for later.
 */
export async function syncOnce(db: SoMotCuaDatabase, transport: SyncTransport): Promise<SyncOutcome> {
  const enrollment = await readEnrollment(db);
  if (enrollment === null) return { kind: 'unenrolled' };
  const pushed = enrollment.role === 'officer' ? await pushOutbox(db, transport, enrollment.token) : emptyPushSummary();
  const pulled = await pullChanges(db, transport, enrollment.unit.id, enrollment.token);
  const device = pulled.device ?? pushed.device;
  const dataLoss = device === null ? null : await checkDataLoss(db, device, enrollment.firstSeq, pushed.collision);
  return { kind: 'synced', pushed, pulled, serverTime: pulled.serverTime ?? pushed.serverTime, dataLoss };
}

/** Reports lost changes, and moves the device's sequence past what the server already holds. */
async function checkDataLoss(db: SoMotCuaDatabase, device: DeviceState, firstSeq: number, collision: PushSummary['collision']): Promise<string | null> {
  const findings = findDataLoss(device, { ...(await localSeqState(db)), firstSeq });
  // Renumbered changes hide that the phone had gone back: report what the push saw.
  if (collision !== null && !findings.some((f) => f.kind === 'device_behind')) {
    findings.unshift({ kind: 'device_behind', serverMaxSeq: collision.serverMaxSeq, localHighestSeq: collision.localHighestSeq });
  }
  if (findings.some((f) => f.kind === 'device_behind')) await advanceSeqPast(db, device.maxSeq);
  return describeDataLoss(findings);
}
