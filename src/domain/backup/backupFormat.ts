import * as v from 'valibot';
import { RegisterClocksSchema } from '../../sync/protocol.ts';
import { DOSSIER_ACTION_LABELS, type DossierAction } from '../dossierHistory.ts';
import { InstantSchema } from '../schemaPrimitives.ts';

/**
 * The backup file ("Sao lưu và khôi phục", issue 6 part 4): one JSON document holding every
 * record of a phone, so that a new phone can take over. It is NOT a credential: the
 * enrollment token, the device id and its sequence counters are never written (a new phone
 * enrolls itself and numbers its own changes). The outbox is not copied either: every record
 * travels whole with its register clocks, and restoring queues whatever it changed, so the
 * server still receives all the old phone had not sent. (The register clocks reuse the sync
 * wire schema: the backup is a wire format between two copies of the app too.)
 */
export const BACKUP_FORMAT = 'so-mot-cua-backup';

/** The format version this app writes and reads; a file of a higher version comes from a newer app. */
export const BACKUP_VERSION = 1;

/** A synced record (dossier or feedback) with the clock of each of its registers. */
export const ClockedRecordSchema = v.object({
  /** Read with the record's own schema (and upgraded) by `parseBackup`. */
  record: v.unknown(),
  clocks: RegisterClocksSchema,
});

const DOSSIER_ACTIONS = Object.keys(DOSSIER_ACTION_LABELS) as [DossierAction, ...DossierAction[]];

/** One entry of a dossier's history, as `historyStore` keeps it (without its local auto-increment id). */
export const HistoryEntrySchema = v.object({
  dossierId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  at: InstantSchema,
  officerId: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  action: v.picklist(DOSSIER_ACTIONS),
  changes: v.pipe(v.array(v.object({ field: v.pipe(v.string(), v.maxLength(64)), before: v.unknown(), after: v.unknown() })), v.maxLength(64)),
  remote: v.exactOptional(v.boolean()),
});

/** A figure typed by hand for a plan row (the `manualEntries` store). */
export const ManualEntryRecordSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  planId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  rowKey: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  periodKey: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** Checked with the plans' ManualEntrySchema by `parseBackup`. */
  value: v.unknown(),
  updatedAt: InstantSchema,
});

/** One setting record (checked against the app's setting schemas when restored). */
export const SettingEntrySchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  value: v.unknown(),
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** How many records of each part the file holds: read back to catch a file cut short or edited. */
export const BackupCountsSchema = v.object({
  dossiers: count,
  feedback: count,
  history: count,
  procedures: count,
  plans: count,
  manualEntries: count,
  settings: count,
});
export type BackupCounts = v.InferOutput<typeof BackupCountsSchema>;

/** The parts of a backup that hold records, in the order they are written and checked. */
export const BACKUP_PARTS = ['dossiers', 'feedback', 'history', 'procedures', 'plans', 'manualEntries', 'settings'] as const;
export type BackupPart = (typeof BACKUP_PARTS)[number];

/** The shape of the whole file before each record is read with its own schema. */
export const BackupEnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  createdAt: InstantSchema,
  /** The IndexedDB schema version of the app that wrote it (informational). */
  appSchemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The phone that wrote it (informational: the restoring phone keeps its own id). */
  sourceDeviceId: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  unitName: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  counts: BackupCountsSchema,
  dossiers: v.array(ClockedRecordSchema),
  feedback: v.array(ClockedRecordSchema),
  history: v.array(v.unknown()),
  procedures: v.array(v.unknown()),
  plans: v.array(v.unknown()),
  manualEntries: v.array(v.unknown()),
  settings: v.array(v.unknown()),
});
export type BackupEnvelope = v.InferOutput<typeof BackupEnvelopeSchema>;
