import type { Dossier } from '../../domain/dossier.ts';
import { derivedUuidv7 } from '../../domain/import/importIds.ts';
import { contentHash } from '../../sync/contentHash.ts';
import { formatHlc } from '../../sync/merge/hybridLogicalClock.ts';
import { DOSSIER_LAYOUT } from '../../sync/merge/registerLayout.ts';
import { stampClocks } from '../../sync/merge/stampClocks.ts';
import type { Change } from '../../sync/protocol.ts';

/** SHA-256 hex of the file's bytes. */
export async function fileDigest(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The id of the "device" an import writes as: derived from the unit, the file and the
 * dossiers it adds, so the same import always speaks as the same device with the same gap-free
 * seqs 1…N, and two different imports never take each other's seqs.
 */
export function importDeviceId(unitId: string, fileSha256: string, dossiers: readonly Dossier[]): Promise<string> {
  const firstReceipt = Math.min(...dossiers.map((d) => Date.parse(d.receivedAt)));
  return derivedUuidv7(firstReceipt, `so-mot-cua/import/device|${unitId}|${fileSha256}|${dossiers.map((d) => d.id).join(',')}`);
}

/**
 * Wire changes for new dossiers, stamped as a phone would stamp a first save: every register
 * gets one hybrid-logical-clock reading (here the dossier's own last time, so the change is
 * the same on every run and any later edit on a phone wins), a content hash over the payload
 * and clocks, seq 1…N in file order, and a change id derived from device and seq.
 */
export async function importChangesFor(deviceId: string, dossiers: readonly Dossier[]): Promise<Change[]> {
  const changes: Change[] = [];
  for (const [index, payload] of dossiers.entries()) {
    const seq = index + 1;
    const at = Date.parse(payload.updatedAt);
    const clocks = stampClocks(DOSSIER_LAYOUT, undefined, payload, formatHlc({ wallMs: at, counter: 0, node: deviceId }));
    const hash = await contentHash({ entity: 'dossier', entityId: payload.id, payload, clocks });
    changes.push({
      changeId: await derivedUuidv7(at, `so-mot-cua/import/change|${deviceId}|${seq}`),
      deviceId,
      seq,
      entity: 'dossier',
      entityId: payload.id,
      at: payload.updatedAt,
      payload,
      clocks,
      hash,
    });
  }
  return changes;
}
