import type Database from 'better-sqlite3';
import type { DeviceState, Receipt } from '../../../sync/protocol.ts';
import { AUDIT_COLUMNS, auditEntriesOf, auditReadQuery, auditRowFor, type AuditReadRow, type AuditRow } from '../auditTrail.ts';
import { deviceTouches } from '../deviceTouches.ts';
import { endedCountsQuery, reportBounds, reportRowsQuery, unitFlowReports, type EndedCountsRow, type ReportRow } from '../districtReport.ts';
import { FEEDBACK_COLUMNS, feedbackRow } from '../feedbackRows.ts';
import { dossiersDuringQuery, dossiersOf, feedbackDuringQuery, feedbackOf, type PeriodRow } from '../periodRecords.ts';
import { tryMergeIncoming, UNREADABLE_STORED } from '../mergeIncoming.ts';
import { gapRanges, gapsQuery, hasGaps, type DeviceRow } from '../deviceGaps.ts';
import { cursorWithin, pullPage, pullQuery, type PullRow } from '../pulledRecord.ts';
import { changeRow, DOSSIER_COLUMNS, dossierRow, type ChangeRow } from '../rows.ts';
import { MAX_REPORTED_GAPS, type ChangeAuthor, type SyncStore, type ValidatedChange } from '../syncStore.ts';
import { prepareSnapshotTable } from './snapshotTable.ts';

/** Named parameters `@p1`, `@p2`…, since the pull query uses each one twice. */
const named = (n: number) => `@p${n}`;

/** A SyncStore over an open, migrated better-sqlite3 database; statements are prepared once. */
export function createSqliteSyncStore(db: Database.Database): SyncStore {
  const findUnit = db.prepare<[string], { pullSeq: number }>('SELECT pull_seq AS pullSeq FROM units WHERE unit_id = ?');
  const savePullSeq = db.prepare<[number, string]>('UPDATE units SET pull_seq = ? WHERE unit_id = ?');
  // One lookup for both questions: is this change id stored, and is this (device, seq) taken?
  const findClash = db.prepare<[{ unitId: string; changeId: string; deviceId: string; seq: number }], { changeId: string; hash: string }>(
    `SELECT change_id AS changeId, hash FROM changes
      WHERE unit_id = @unitId AND (change_id = @changeId OR (device_id = @deviceId AND seq = @seq))`,
  );
  const insertChange = db.prepare<[ChangeRow]>(
    `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
     VALUES (@unitId, @changeId, @deviceId, @seq, @entity, @entityId, @hash, @payload, @changedAt, @receivedAt)`,
  );
  // Append-only: the only statement on audit_entries besides the history read (no UPDATE, no DELETE).
  const insertAudit = db.prepare<[AuditRow]>(
    `INSERT INTO audit_entries (${AUDIT_COLUMNS.map(([c]) => c).join(', ')}) VALUES (${AUDIT_COLUMNS.map(([, p]) => `@${p}`).join(', ')})`,
  );
  const readAudit = db.prepare<[{ p1: string; p2: string; p3: string }], AuditReadRow>(auditReadQuery(named));
  const hasDossier = db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM dossiers WHERE unit_id = ? AND id = ?');
  const dossiers = prepareSnapshotTable(db, 'dossiers', DOSSIER_COLUMNS, dossierRow);
  const feedback = prepareSnapshotTable(db, 'feedback', FEEDBACK_COLUMNS, feedbackRow);
  const touchDevice = db.prepare<[{ unitId: string; deviceId: string; minSeq: number; maxSeq: number; count: number; at: string }]>(
    `INSERT INTO devices (unit_id, device_id, max_seq, last_seen_at, change_count, min_seq) VALUES (@unitId, @deviceId, @maxSeq, @at, @count, @minSeq)
     ON CONFLICT (unit_id, device_id) DO UPDATE SET
       max_seq = max(max_seq, excluded.max_seq), min_seq = min(min_seq, excluded.min_seq),
       last_seen_at = excluded.last_seen_at, change_count = change_count + excluded.change_count`,
  );
  const findDevice = db.prepare<[string, string], DeviceRow>(
    'SELECT max_seq AS maxSeq, min_seq AS minSeq, change_count AS changeCount FROM devices WHERE unit_id = ? AND device_id = ?',
  );
  const findGaps = db.prepare<[{ p1: string; p2: string }], { first: number; last: number }>(gapsQuery(named, MAX_REPORTED_GAPS));
  const pull = db.prepare<[{ p1: string; p2: number; p3: number }], PullRow>(pullQuery(named));
  const reportDialect = { placeholder: named, unitFilter: 'unit_id = @p1', supplements: "json_extract(data, '$.supplementRequests')", indexHint: 'INDEXED BY dossiers_report' };
  const reportRows = db.prepare<[{ p1: string; p2: string; p3: string }], ReportRow>(reportRowsQuery(reportDialect));
  const endedCounts = db.prepare<[{ p1: string; p2: string; p3: string }], EndedCountsRow>(endedCountsQuery(reportDialect));
  const dossiersDuring = db.prepare<[{ p1: string; p2: string; p3: string }], PeriodRow>(dossiersDuringQuery(reportDialect));
  const feedbackDuring = db.prepare<[{ p1: string; p2: string; p3: string }], PeriodRow>(feedbackDuringQuery(reportDialect));
  const countDossiers = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM dossiers WHERE unit_id = ?');
  const countFeedback = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM feedback WHERE unit_id = ?');

  /** Applies one change; `nextPullSeq` hands out the unit's next place in pull order; `touched` collects what `devices` must add. */
  function applyOne(
    unitId: string,
    change: ValidatedChange,
    receivedAt: string,
    nextPullSeq: () => number,
    touched: ReturnType<typeof deviceTouches>,
    officerId: string | null,
  ): Receipt {
    const { changeId } = change;
    const clashes = findClash.all({ unitId, changeId, deviceId: change.deviceId, seq: change.seq });
    const existing = clashes.find((row) => row.changeId === changeId);
    if (existing !== undefined) {
      // A duplicate was counted in devices.max_seq when it was first accepted; nothing to write.
      if (existing.hash !== change.hash) return { changeId, status: 'rejected', reason: 'Mã thay đổi đã dùng cho nội dung khác' };
      return { changeId, status: 'duplicate' };
    }
    if (clashes.length > 0) {
      return { changeId, status: 'rejected', reason: `Số thứ tự ${change.seq} của thiết bị này đã dùng cho thay đổi khác`, code: 'seq_taken' };
    }
    const table = change.entity === 'dossier' ? dossiers : feedback;
    const merging = tryMergeIncoming(table.read(unitId, change.entityId), change);
    if (!merging.ok) return { changeId, status: 'rejected', reason: UNREADABLE_STORED };
    const row = changeRow(unitId, change, receivedAt);
    insertChange.run(row);
    const { merged } = merging;
    if (merged !== null) {
      const source = { changeId, clocks: merged.clocks, pullSeq: nextPullSeq(), ...(merged.record === change.payload ? { dataJson: row.payload } : {}) };
      if (merged.entity === 'dossier') dossiers.write(unitId, merged.record, source);
      else feedback.write(unitId, merged.record, source);
      const audit = auditRowFor(row, merging.before, merged, { auditSeq: source.pullSeq, officerId });
      if (audit !== null) insertAudit.run(audit);
    }
    touched.add(change.deviceId, change.seq);
    return { changeId, status: 'accepted' };
  }

  const applyBatch = db.transaction((unitId: string, changes: readonly ValidatedChange[], receivedAt: string, author: ChangeAuthor | undefined): Receipt[] => {
    const unit = findUnit.get(unitId);
    if (unit === undefined) throw new Error(`Không có đơn vị "${unitId}" trên máy chủ.`);
    let pullSeq = unit.pullSeq;
    const touched = deviceTouches();
    const officerId = author?.officerId ?? null;
    const receipts = changes.map((change) => applyOne(unitId, change, receivedAt, () => ++pullSeq, touched, officerId));
    if (pullSeq !== unit.pullSeq) savePullSeq.run(pullSeq, unitId);
    for (const touch of touched.all()) touchDevice.run({ unitId, at: receivedAt, ...touch });
    return receipts;
  });

  function deviceState(unitId: string, deviceId: string): DeviceState {
    const device = findDevice.get(unitId, deviceId);
    if (device === undefined) return { maxSeq: 0, missing: [] };
    const missing = hasGaps(device) ? gapRanges(findGaps.all({ p1: unitId, p2: deviceId })) : [];
    return { maxSeq: device.maxSeq, missing };
  }

  return {
    applyChanges(unitId, changes, receivedAt, author) {
      // `immediate` takes the write lock up front, so a concurrent writer waits (busy_timeout)
      // instead of failing when this transaction tries to upgrade from read to write.
      return Promise.resolve().then(() => applyBatch.immediate(unitId, changes, receivedAt, author));
    },
    dossierHistory(unitId, dossierId) {
      return Promise.resolve().then(() => {
        if (hasDossier.get(unitId, dossierId) === undefined) return null;
        return auditEntriesOf('dossier', readAudit.all({ p1: unitId, p2: 'dossier', p3: dossierId }));
      });
    },
    pullSince(unitId, cursor, limit) {
      return Promise.resolve().then(() => {
        const from = cursorWithin(cursor, findUnit.get(unitId)?.pullSeq ?? 0);
        return pullPage(pull.all({ p1: unitId, p2: from, p3: limit + 1 }), from, limit);
      });
    },
    deviceState(unitId, deviceId) {
      return Promise.resolve().then(() => deviceState(unitId, deviceId));
    },
    districtReport(unitIds, range) {
      return Promise.resolve().then(() => {
        const { start, endExclusive } = reportBounds(range);
        const params = unitIds.map((unitId) => ({ p1: unitId, p2: start, p3: endExclusive }));
        return unitFlowReports(unitIds, params.flatMap((p) => reportRows.all(p)), params.flatMap((p) => endedCounts.all(p)), range);
      });
    },
    dossiersOpenDuring(unitIds, range) {
      return Promise.resolve().then(() => {
        const { start, endExclusive } = reportBounds(range);
        return dossiersOf(unitIds.flatMap((p1) => dossiersDuring.all({ p1, p2: start, p3: endExclusive })));
      });
    },
    feedbackDuring(unitIds, range) {
      return Promise.resolve().then(() => {
        const { start, endExclusive } = reportBounds(range);
        return feedbackOf(unitIds.flatMap((p1) => feedbackDuring.all({ p1, p2: start, p3: endExclusive })));
      });
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
