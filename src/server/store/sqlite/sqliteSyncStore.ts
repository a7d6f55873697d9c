import type Database from 'better-sqlite3';
import type { Receipt } from '../../../sync/protocol.ts';
import type { SyncStore, ValidatedChange } from '../syncStore.ts';
import { prepareDossierTable } from './dossierTable.ts';
import { prepareFeedbackTable } from './feedbackTable.ts';
import { changeRow, type ChangeRow } from '../rows.ts';
import { keepNewest } from './snapshotTable.ts';

/** A SyncStore over an open, migrated better-sqlite3 database; statements are prepared once. */
export function createSqliteSyncStore(db: Database.Database): SyncStore {
  const findUnit = db.prepare<[string], { unit_id: string }>('SELECT unit_id FROM units WHERE unit_id = ?');
  const findChange = db.prepare<[string, string], { hash: string }>('SELECT hash FROM changes WHERE unit_id = ? AND change_id = ?');
  const findSeqOwner = db.prepare<[string, string, number], { change_id: string }>(
    'SELECT change_id FROM changes WHERE unit_id = ? AND device_id = ? AND seq = ?',
  );
  const insertChange = db.prepare<[ChangeRow]>(
    `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
     VALUES (@unitId, @changeId, @deviceId, @seq, @entity, @entityId, @hash, @payload, @changedAt, @receivedAt)`,
  );
  const dossiers = prepareDossierTable(db);
  const feedback = prepareFeedbackTable(db);
  const touchDevice = db.prepare<[string, string, number, string]>(
    `INSERT INTO devices (unit_id, device_id, max_seq, last_seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (unit_id, device_id) DO UPDATE SET
       max_seq = max(max_seq, excluded.max_seq), last_seen_at = excluded.last_seen_at`,
  );
  const countDossiers = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM dossiers WHERE unit_id = ?');
  const countFeedback = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM feedback WHERE unit_id = ?');

  function applyOne(unitId: string, change: ValidatedChange, receivedAt: string): Receipt {
    const { changeId } = change;
    const existing = findChange.get(unitId, changeId);
    if (existing !== undefined) {
      // A duplicate was counted in devices.max_seq when it was first accepted; nothing to write.
      if (existing.hash !== change.hash) return { changeId, status: 'rejected', reason: 'Mã thay đổi đã dùng cho nội dung khác' };
      return { changeId, status: 'duplicate' };
    }
    if (findSeqOwner.get(unitId, change.deviceId, change.seq) !== undefined) {
      return { changeId, status: 'rejected', reason: `Số thứ tự ${change.seq} của thiết bị này đã dùng cho thay đổi khác` };
    }
    insertChange.run(changeRow(unitId, change, receivedAt));
    switch (change.entity) {
      case 'dossier':
        keepNewest(dossiers, unitId, change);
        break;
      case 'feedback':
        keepNewest(feedback, unitId, change);
        break;
    }
    touchDevice.run(unitId, change.deviceId, change.seq, receivedAt);
    return { changeId, status: 'accepted' };
  }

  const applyBatch = db.transaction((unitId: string, changes: readonly ValidatedChange[], receivedAt: string): Receipt[] => {
    if (findUnit.get(unitId) === undefined) throw new Error(`Không có đơn vị "${unitId}" trên máy chủ.`);
    return changes.map((change) => applyOne(unitId, change, receivedAt));
  });

  return {
    applyChanges(unitId, changes, receivedAt) {
      // `immediate` takes the write lock up front, so a concurrent writer waits (busy_timeout)
      // instead of failing when this transaction tries to upgrade from read to write.
      return Promise.resolve().then(() => applyBatch.immediate(unitId, changes, receivedAt));
    },
    countDossiers(unitId) {
      return Promise.resolve().then(() => countDossiers.get(unitId)?.n ?? 0);
    },
    countFeedback(unitId) {
      return Promise.resolve().then(() => countFeedback.get(unitId)?.n ?? 0);
    },
    close() {
      return Promise.resolve().then(() => {
        if (db.open) db.close();
      });
    },
  };
}
