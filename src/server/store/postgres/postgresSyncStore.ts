import type pg from 'pg';
import type { DeviceState, Receipt } from '../../../sync/protocol.ts';
import { AUDIT_COLUMNS, auditEntriesOf, auditReadQuery, auditRowFor, type AuditReadRow } from '../auditTrail.ts';
import { deviceTouches } from '../deviceTouches.ts';
import { endedCountsQuery, reportBounds, reportRowsQuery, unitFlowReports, type EndedCountsRow, type ReportRow } from '../districtReport.ts';
import { tryMergeIncoming, UNREADABLE_STORED } from '../mergeIncoming.ts';
import { dossiersDuringQuery, dossiersOf, feedbackDuringQuery, feedbackOf, type PeriodRow } from '../periodRecords.ts';
import { gapRanges, gapsQuery, hasGaps, type DeviceRow } from '../deviceGaps.ts';
import { cursorWithin, pullPage, pullQuery, type PullRow } from '../pulledRecord.ts';
import { changeRow } from '../rows.ts';
import { MAX_REPORTED_GAPS, type ChangeAuthor, type SyncStore, type ValidatedChange } from '../syncStore.ts';
import { readStoredRecord, writeMergedRecord } from './snapshotTables.ts';
import { inTransaction } from './transaction.ts';

/**
 * Locks the unit's row for the whole batch: concurrent pushes to one unit run one after the
 * other (as SQLite's single writer does), so "is this change id or (device, seq) taken?",
 * the merge with the stored copy and the unit's pull order cannot race. NO KEY UPDATE still
 * lets foreign keys check it.
 */
const LOCK_UNIT = 'SELECT pull_seq AS "pullSeq" FROM units WHERE unit_id = $1 FOR NO KEY UPDATE';
const SAVE_PULL_SEQ = 'UPDATE units SET pull_seq = $1 WHERE unit_id = $2';
const FIND_CHANGE = 'SELECT hash FROM changes WHERE unit_id = $1 AND change_id = $2';
const FIND_SEQ_OWNER = 'SELECT change_id FROM changes WHERE unit_id = $1 AND device_id = $2 AND seq = $3';
const INSERT_CHANGE = `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`;
const TOUCH_DEVICE = `INSERT INTO devices (unit_id, device_id, max_seq, last_seen_at, change_count, min_seq) VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (unit_id, device_id) DO UPDATE SET
    max_seq = greatest(devices.max_seq, excluded.max_seq), min_seq = least(devices.min_seq, excluded.min_seq),
    last_seen_at = excluded.last_seen_at, change_count = devices.change_count + excluded.change_count`;
const FIND_DEVICE = 'SELECT max_seq AS "maxSeq", min_seq AS "minSeq", change_count AS "changeCount" FROM devices WHERE unit_id = $1 AND device_id = $2';
const numbered = (n: number) => `$${n}`;
// Append-only: the only statement on audit_entries besides the history read (no UPDATE, no DELETE).
const INSERT_AUDIT = `INSERT INTO audit_entries (${AUDIT_COLUMNS.map(([c]) => c).join(', ')})
  VALUES (${AUDIT_COLUMNS.map(([c], i) => (c === 'fields' ? `$${i + 1}::jsonb` : `$${i + 1}`)).join(', ')})`;
const READ_AUDIT = auditReadQuery(numbered);
const HAS_DOSSIER = 'SELECT 1 FROM dossiers WHERE unit_id = $1 AND id = $2';
const FIND_GAPS = gapsQuery(numbered, MAX_REPORTED_GAPS);
const PULL = pullQuery(numbered);
const REPORT_DIALECT = { placeholder: numbered, unitFilter: 'unit_id = ANY($1)', supplements: "data->'supplementRequests'", indexHint: '' };
const REPORT_ROWS = reportRowsQuery(REPORT_DIALECT);
const ENDED_COUNTS = endedCountsQuery(REPORT_DIALECT);
const DOSSIERS_DURING = dossiersDuringQuery(REPORT_DIALECT);
const FEEDBACK_DURING = feedbackDuringQuery(REPORT_DIALECT);

async function applyOne(
  client: pg.PoolClient,
  unitId: string,
  change: ValidatedChange,
  receivedAt: string,
  nextPullSeq: () => number,
  touched: ReturnType<typeof deviceTouches>,
  officerId: string | null,
): Promise<Receipt> {
  const { changeId } = change;
  const existing = await client.query<{ hash: string }>(FIND_CHANGE, [unitId, changeId]);
  const found = existing.rows[0];
  if (found !== undefined) {
    if (found.hash !== change.hash) return { changeId, status: 'rejected', reason: 'Mã thay đổi đã dùng cho nội dung khác' };
    return { changeId, status: 'duplicate' };
  }
  const owner = await client.query(FIND_SEQ_OWNER, [unitId, change.deviceId, change.seq]);
  if (owner.rowCount !== 0) {
    return { changeId, status: 'rejected', reason: `Số thứ tự ${change.seq} của thiết bị này đã dùng cho thay đổi khác`, code: 'seq_taken' };
  }
  const merging = tryMergeIncoming(await readStoredRecord(client, unitId, change.entity, change.entityId), change);
  if (!merging.ok) return { changeId, status: 'rejected', reason: UNREADABLE_STORED };
  const r = changeRow(unitId, change, receivedAt);
  await client.query(INSERT_CHANGE, [r.unitId, r.changeId, r.deviceId, r.seq, r.entity, r.entityId, r.hash, r.payload, r.changedAt, r.receivedAt]);
  const { merged } = merging;
  if (merged !== null) {
    const source = { changeId, clocks: merged.clocks, pullSeq: nextPullSeq(), ...(merged.record === change.payload ? { dataJson: r.payload } : {}) };
    await writeMergedRecord(client, unitId, merged, source);
    const audit = auditRowFor(r, merging.before, merged, { auditSeq: source.pullSeq, officerId });
    if (audit !== null) await client.query(INSERT_AUDIT, AUDIT_COLUMNS.map(([, p]) => audit[p]));
  }
  touched.add(change.deviceId, change.seq);
  return { changeId, status: 'accepted' };
}

/** A SyncStore over a migrated PostgreSQL database; each batch is one transaction on one pooled connection. */
export function createPostgresSyncStore(pool: pg.Pool): SyncStore {
  let closed = false;
  async function count(table: 'dossiers' | 'feedback', unitId: string): Promise<number> {
    const result = await pool.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table} WHERE unit_id = $1`, [unitId]);
    return result.rows[0]?.n ?? 0;
  }
  async function deviceState(unitId: string, deviceId: string): Promise<DeviceState> {
    const device = (await pool.query<DeviceRow>(FIND_DEVICE, [unitId, deviceId])).rows[0];
    if (device === undefined) return { maxSeq: 0, missing: [] };
    const missing = hasGaps(device) ? gapRanges((await pool.query<{ first: number; last: number }>(FIND_GAPS, [unitId, deviceId])).rows) : [];
    return { maxSeq: device.maxSeq, missing };
  }
  return {
    applyChanges(unitId, changes, receivedAt, author?: ChangeAuthor) {
      return inTransaction(pool, async (client) => {
        const unit = (await client.query<{ pullSeq: string }>(LOCK_UNIT, [unitId])).rows[0];
        if (unit === undefined) throw new Error(`Không có đơn vị "${unitId}" trên máy chủ.`);
        const start = Number(unit.pullSeq);
        let pullSeq = start;
        const receipts: Receipt[] = [];
        const touched = deviceTouches();
        const officerId = author?.officerId ?? null;
        for (const change of changes) receipts.push(await applyOne(client, unitId, change, receivedAt, () => ++pullSeq, touched, officerId));
        if (pullSeq !== start) await client.query(SAVE_PULL_SEQ, [pullSeq, unitId]);
        for (const t of touched.all()) await client.query(TOUCH_DEVICE, [unitId, t.deviceId, t.maxSeq, receivedAt, t.count, t.minSeq]);
        return receipts;
      });
    },
    async pullSince(unitId, cursor, limit) {
      const unit = (await pool.query<{ pullSeq: string }>('SELECT pull_seq AS "pullSeq" FROM units WHERE unit_id = $1', [unitId])).rows[0];
      const from = cursorWithin(cursor, Number(unit?.pullSeq ?? 0));
      const rows = (await pool.query<PullRow>(PULL, [unitId, from, limit + 1])).rows;
      return pullPage(rows, from, limit);
    },
    deviceState,
    async dossierHistory(unitId, dossierId) {
      if ((await pool.query(HAS_DOSSIER, [unitId, dossierId])).rowCount === 0) return null;
      return auditEntriesOf('dossier', (await pool.query<AuditReadRow>(READ_AUDIT, [unitId, 'dossier', dossierId])).rows);
    },
    async districtReport(unitIds, range) {
      const { start, endExclusive } = reportBounds(range);
      const params = [unitIds, start, endExclusive];
      const [rows, counted] = await Promise.all([pool.query<ReportRow>(REPORT_ROWS, params), pool.query<EndedCountsRow>(ENDED_COUNTS, params)]);
      return unitFlowReports(unitIds, rows.rows, counted.rows, range);
    },
    async dossiersOpenDuring(unitIds, range) {
      const { start, endExclusive } = reportBounds(range);
      return dossiersOf((await pool.query<PeriodRow>(DOSSIERS_DURING, [unitIds, start, endExclusive])).rows);
    },
    async feedbackDuring(unitIds, range) {
      const { start, endExclusive } = reportBounds(range);
      return feedbackOf((await pool.query<PeriodRow>(FEEDBACK_DURING, [unitIds, start, endExclusive])).rows);
    },
    countDossiers: (unitId) => count('dossiers', unitId),
    countFeedback: (unitId) => count('feedback', unitId),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
