import { createHash } from 'node:crypto';
import type { Dossier } from '../../src/domain/dossier.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import type { ValidatedDossierChange } from '../../src/server/store/syncStore.ts';
import { canonicalJson } from '../../src/sync/canonicalJson.ts';
import { formatHlc } from '../../src/sync/merge/hybridLogicalClock.ts';
import { DOSSIER_LAYOUT } from '../../src/sync/merge/registerLayout.ts';
import { stampClocks } from '../../src/sync/merge/stampClocks.ts';

/**
 * The change a phone would send for a dossier it has just created: a new change id, the next
 * `seq` of `deviceId`, every register stamped with the clock of the dossier's `updatedAt`,
 * and the content hash `contentHash` would compute (SHA-256 of the same canonical JSON, taken
 * synchronously with node:crypto so a million can be made quickly). Structurally a wire
 * `Change` whose payload is a dossier, so it serves both as a push item and as what
 * `validateChange` hands the store.
 */
export function newDossierChange(dossier: Dossier, deviceId: string, seq: number): ValidatedDossierChange {
  const updatedMs = Date.parse(dossier.updatedAt);
  const clocks = stampClocks(DOSSIER_LAYOUT, undefined, dossier, formatHlc({ wallMs: updatedMs, counter: 0, node: deviceId }));
  const hash = createHash('sha256').update(canonicalJson({ entity: 'dossier', entityId: dossier.id, payload: dossier, clocks })).digest('hex');
  return { changeId: uuidv7(updatedMs), deviceId, seq, entity: 'dossier', entityId: dossier.id, at: dossier.updatedAt, payload: dossier, clocks, hash };
}
