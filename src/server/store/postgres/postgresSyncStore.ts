import type pg from 'pg';
import type { Receipt } from '../../../sync/protocol.ts';
import { changeRow } from '../rows.ts';
import type { SyncStore, ValidatedChange } from '../syncStore.ts';
import { keepNewestSnapshot } from './snapshotTables.ts';
import { inTransaction } from './transaction.ts';

/**
 * Locks the unit's row for the whole batch: concurrent pushes to one unit run one after the
 * other (as SQLite's single writer does), so "is this change id or (device, seq) taken?" and
 * "is the stored snapshot newer?" cannot race. NO KEY UPDATE still lets foreign keys check it.
 */
const LOCK_UNIT = 'SELECT unit_id FROM units WHERE unit_id = $1 FOR NO KEY UPDATE';
const FIND_CHANGE = 'SELECT hash FROM changes WHERE unit_id = $1 AND change_id = $2';
const FIND_SEQ_OWNER = 'SELECT change_id FROM changes WHERE unit_id = $1 AND device_id = $2 AND seq = $3';
const INSERT_CHANGE = `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`;
const TOUCH_DEVICE = `INSERT INTO devices (unit_id, device_id, max_seq, last_seen_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (unit_id, device_id) DO UPDATE SET
    max_seq = greatest(devices.max_seq, excluded.max_seq), last_seen_at = excluded.last_seen_at`;

async function applyOne(client: pg.PoolClient, unitId: string, change: ValidatedChange, receivedAt: string): Promise<Receipt> {
  const { changeId } = change;
  const existing = await client.query<{ hash: string }>(FIND_CHANGE, [unitId, changeId]);
  const found = existing.rows[0];
  if (found !== undefined) {
    if (found.hash !== change.hash) return { changeId, status: 'rejected', reason: 'Mã thay đổi đã dùng cho nội dung khác' };
    return { changeId, status: 'duplicate' };
  }
  const owner = await client.query(FIND_SEQ_OWNER, [unitId, change.deviceId, change.seq]);
  if (owner.rowCount !== 0) {
    return { changeId, status: 'rejected', reason: `Số thứ tự ${change.seq} của thiết bị này đã dùng cho thay đổi khác` };
  }
  const r = changeRow(unitId, change, receivedAt);
  await client.query(INSERT_CHANGE, [r.unitId, r.changeId, r.deviceId, r.seq, r.entity, r.entityId, r.hash, r.payload, r.changedAt, r.receivedAt]);
  await keepNewestSnapshot(client, unitId, change);
  await client.query(TOUCH_DEVICE, [unitId, change.deviceId, change.seq, receivedAt]);
  return { changeId, status: 'accepted' };
}

/** A SyncStore over a migrated PostgreSQL database; each batch is one transaction on one pooled connection. */
export function createPostgresSyncStore(pool: pg.Pool): SyncStore {
  let closed = false;
  async function count(table: 'dossiers' | 'feedback', unitId: string): Promise<number> {
    const result = await pool.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table} WHERE unit_id = $1`, [unitId]);
    return result.rows[0]?.n ?? 0;
  }
  return {
    applyChanges(unitId, changes, receivedAt) {
      return inTransaction(pool, async (client) => {
        const unit = await client.query(LOCK_UNIT, [unitId]);
        if (unit.rowCount === 0) throw new Error(`Không có đơn vị "${unitId}" trên máy chủ.`);
        const receipts: Receipt[] = [];
        for (const change of changes) receipts.push(await applyOne(client, unitId, change, receivedAt));
        return receipts;
      });
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
