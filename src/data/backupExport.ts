import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupCounts } from '../domain/backup/backupFormat.ts';
import { backupFileName } from '../domain/backup/backupFileName.ts';
import { FeedbackSchema } from '../domain/feedback.ts';
import { readAnyDossier } from '../domain/upgradeDossier.ts';
import { layoutOf } from '../sync/merge/registerLayout.ts';
import { legacyClocks } from '../sync/merge/stampClocks.ts';
import type { Entity, RegisterClocks } from '../sync/protocol.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { readDeviceId } from './deviceIdentity.ts';
import { readEnrollment } from './enrollmentStore.ts';
import { readSetting } from './settings.ts';

/** A backup ready to download. */
export interface BackupExport {
  readonly fileName: string;
  readonly text: string;
  readonly counts: BackupCounts;
  /** Stored records no schema of this app can read (never written to the file, so it stays restorable). */
  readonly unreadable: number;
}

/**
 * Writes every local record into one backup document, read in ONE transaction so the file is
 * a consistent picture: dossiers and feedback with their register clocks (legacy clocks for a
 * record saved before merging existed, as sync gives it), history, catalogue, plans, manual
 * figures and settings. Left out on purpose: the enrollment (its token is a credential), the
 * device id, sequence numbers, clock reading and pull cursors (the new phone has its own), the
 * outbox (restoring queues every record it changes) and the aggregates (rebuilt from records).
 */
export async function createBackup(db: SoMotCuaDatabase, now: Date = new Date()): Promise<BackupExport> {
  const tables = [db.dossiers, db.feedback, db.recordClocks, db.history, db.procedures, db.plans, db.manualEntries, db.settings, db.meta];
  return db.transaction('r', tables, async () => {
    const deviceId = await readDeviceId(db);
    const clocksById = new Map((await db.recordClocks.toArray()).map((c) => [c.id, c.clocks] as const));
    const clocksOf = (entity: Entity, value: Readonly<Record<string, unknown>> & { id: string }): RegisterClocks =>
      clocksById.get(value.id) ?? legacyClocks(layoutOf(entity), value, deviceId ?? 'unknown-device');
    let unreadable = 0;
    const dossiers = [];
    for (const stored of await db.dossiers.toArray()) {
      const read = readAnyDossier(stored);
      if (!read.success) unreadable += 1;
      else dossiers.push({ record: read.output, clocks: clocksOf('dossier', read.output) });
    }
    const feedback = [];
    for (const stored of await db.feedback.toArray()) {
      const read = v.safeParse(FeedbackSchema, stored);
      if (!read.success) unreadable += 1;
      else feedback.push({ record: read.output, clocks: clocksOf('feedback', read.output) });
    }
    const history = (await db.history.orderBy('id').toArray()).map(({ id: _id, ...entry }) => entry);
    const procedures = await db.procedures.toArray();
    const plans = await db.plans.toArray();
    const manualEntries = await db.manualEntries.toArray();
    const settings = await db.settings.toArray();
    const counts: BackupCounts = {
      dossiers: dossiers.length,
      feedback: feedback.length,
      history: history.length,
      procedures: procedures.length,
      plans: plans.length,
      manualEntries: manualEntries.length,
      settings: settings.length,
    };
    const createdAt = now.toISOString();
    const unitName = (await readSetting(db, 'unitName')) ?? (await readEnrollment(db))?.unit.name ?? null;
    const document = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt,
      appSchemaVersion: db.verno,
      sourceDeviceId: deviceId,
      unitName,
      counts,
      dossiers,
      feedback,
      history,
      procedures,
      plans,
      manualEntries,
      settings,
    };
    return { fileName: backupFileName(unitName, createdAt), text: JSON.stringify(document), counts, unreadable };
  });
}
