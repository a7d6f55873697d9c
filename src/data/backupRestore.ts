import * as v from 'valibot';
import { CloseOutRecordSchema } from '../domain/closeOutFigures.ts';
import { issuesText, parseBackup, type BackupDocument, type BackupProblem, type Clocked } from '../domain/backup/parseBackup.ts';
import { DossierSchema, type Dossier } from '../domain/dossier.ts';
import { FeedbackSchema, type Feedback } from '../domain/feedback.ts';
import { aggregate, applyContributions, type BucketMap } from '../domain/indicators/aggregate.ts';
import { bucketKey } from '../domain/indicators/bucket.ts';
import { dossierContributions, feedbackContributions, halfMonthContributions } from '../domain/indicators/contributions.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { canonicalJson } from '../sync/canonicalJson.ts';
import { contentHash, type HashedContent } from '../sync/contentHash.ts';
import { mergeInto, type ClockedSnapshot } from '../sync/merge/mergeSnapshots.ts';
import { layoutOf } from '../sync/merge/registerLayout.ts';
import type { Entity, RegisterClocks } from '../sync/protocol.ts';
import { legacyClocks } from '../sync/merge/stampClocks.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { isCloseOutKey } from './closeOutStore.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { ensureDeviceId, NEXT_SEQ_KEY, obtainDeviceId, readDeviceId } from './deviceIdentity.ts';
import type { QueuedContent } from './queueChange.ts';
import { observeClocks } from './recordClocks.ts';
import { readSetting, SETTINGS, type SettingKey } from './settings.ts';

/** The largest backup file read (about 150,000 dossiers with their clocks and history). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** Messages of the device side of reading a file (each has an English entry). */
export const RESTORE_MESSAGES = {
  tooLarge: 'Tệp quá lớn ({size} MB): bản sao lưu của Sổ Một Cửa không vượt quá {max} MB. Hãy kiểm tra đã chọn đúng tệp.',
  empty: 'Tệp trống, không phải bản sao lưu của Sổ Một Cửa.',
  badSetting: 'Bản sao lưu hỏng: cài đặt «{key}»: {reason}',
} as const;

/** What restoring a backup does (or would do) to one kind of record. */
export interface MergeCounts {
  /** Not on the phone: added. */
  added: number;
  /** On the phone, and the file brings something newer: merged register by register. */
  updated: number;
  /** On the phone already, as the file has it or newer: nothing to do. */
  same: number;
}

/** What a restore changes, part by part; `changed` is false when restoring would change nothing. */
export interface RestoreSummary {
  readonly dossiers: MergeCounts;
  readonly feedback: MergeCounts;
  /** History entries the phone did not have. */
  readonly history: number;
  readonly procedures: MergeCounts;
  readonly plans: MergeCounts;
  readonly manualEntries: MergeCounts;
  readonly settings: MergeCounts;
  /** Changes queued for the server (one per dossier or feedback added or updated). */
  readonly queued: number;
  readonly changed: boolean;
}

export type ReadBackupResult = { readonly ok: true; readonly backup: BackupDocument } | { readonly ok: false; readonly problem: BackupProblem };

/**
 * Reads and checks a chosen file whole (size, JSON, format, every record, every setting)
 * before anything is written: a file with any problem is refused with the first problem,
 * named, and the phone is left as it was.
 */
export async function readBackupFile(file: Blob, maxBytes: number = MAX_BACKUP_BYTES): Promise<ReadBackupResult> {
  if (file.size > maxBytes) {
    const mb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
    return { ok: false, problem: { message: RESTORE_MESSAGES.tooLarge, params: { size: mb(file.size), max: mb(maxBytes) } } };
  }
  if (file.size === 0) return { ok: false, problem: { message: RESTORE_MESSAGES.empty, params: {} } };
  return readBackupText(await file.text());
}

/** `readBackupFile` for text already read. */
export function readBackupText(text: string): ReadBackupResult {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  for (const { key, value } of parsed.backup.settings) {
    const issues = settingIssues(key, value);
    if (issues !== null) return { ok: false, problem: { message: RESTORE_MESSAGES.badSetting, params: { key, reason: issues } } };
  }
  return parsed;
}

/** What restoring `backup` would change on this phone, without writing anything (the preview). */
export async function previewRestore(db: SoMotCuaDatabase, backup: BackupDocument): Promise<RestoreSummary> {
  return (await db.transaction('r', restoreTables(db), () => restoreInto(db, backup, null))).summary;
}

/**
 * Restores a backup in ONE transaction (all or nothing). Dossiers and feedback are merged
 * with the phone's copies by the same per-register rule sync uses (mergeInto, with the
 * records' clocks), and every record the restore changes gets an outbox change, as a local
 * save would: the server receives whatever the old phone had not sent, and merges what it
 * already had harmlessly by the clocks. A record the phone already holds (as the file has it,
 * or newer) is left alone and queues nothing, so restoring the same file twice changes
 * nothing. Aggregates follow every change; history entries are added once.
 * Catalogue, plans and settings: the phone's own entry wins where it has one (the officer set
 * it up on this phone), except an untouched starter procedure, which takes the file's edit;
 * typed plan figures are merged by their `updatedAt` (the later one wins).
 */
export async function restoreBackup(db: SoMotCuaDatabase, backup: BackupDocument): Promise<RestoreSummary> {
  await obtainDeviceId(db);
  // The content hashes (Web Crypto, not IndexedDB) are worked out first, from a read of what
  // the restore will write; the write transaction then only looks them up. Should the phone
  // change in between (a pull, a save), a hash is missing and the whole restore runs again.
  for (let attempt = 1; ; attempt += 1) {
    const planned = await db.transaction('r', restoreTables(db), () => restoreInto(db, backup, null));
    const hashes = new Map<string, string>();
    for (const content of planned.contents) hashes.set(canonicalJson(content), await contentHash(content));
    try {
      const done = await db.transaction('rw', restoreTables(db), () => restoreInto(db, backup, hashes));
      return done.summary;
    } catch (error) {
      if (!(error instanceof StaleHashes) || attempt >= 3) throw error;
    }
  }
}

/** The phone changed between working out the hashes and writing: run the restore again. */
class StaleHashes extends Error {}

function restoreTables(db: SoMotCuaDatabase) {
  return [
    db.dossiers,
    db.feedback,
    db.recordClocks,
    db.outbox,
    db.meta,
    db.aggregates,
    db.halfMonthAggregates,
    db.history,
    db.procedures,
    db.plans,
    db.manualEntries,
    db.settings,
  ];
}

const noCounts = (): MergeCounts => ({ added: 0, updated: 0, same: 0 });

/** One synced record the restore adds or changes: the phone's copy before, and the merge. */
interface RecordChange<T> {
  readonly before: T | undefined;
  readonly after: T;
  readonly clocks: RegisterClocks;
}

/**
 * The restore itself. With `hashes` (content → hash, worked out beforehand) it writes; with
 * null it only reads, counting what would change and listing the changes it would queue.
 * Records are read and written in bulk, a few requests per part, so a big file restores quickly.
 */
async function restoreInto(db: SoMotCuaDatabase, backup: BackupDocument, hashes: ReadonlyMap<string, string> | null): Promise<{ summary: RestoreSummary; contents: HashedContent[] }> {
  const write = hashes !== null;
  const deviceId = write ? await ensureDeviceId(db) : ((await readDeviceId(db)) ?? 'preview-device');

  // Settings first (added where the phone has none): the apology rule the aggregates are
  // counted under may come from the file.
  const ruleBefore = await readSetting(db, 'apologyRule');
  const localSettings = await db.settings.bulkGet(backup.settings.map((e) => e.key));
  const newSettings = backup.settings.filter((_, i) => localSettings[i] === undefined);
  const settings = { added: newSettings.length, updated: 0, same: backup.settings.length - newSettings.length };
  if (write && newSettings.length > 0) await db.settings.bulkPut(newSettings.map(({ key, value }) => ({ key, value })));
  const rule = write ? await readSetting(db, 'apologyRule') : ruleBefore;

  // Dossiers and feedback: merged register by register, as a pull merges them.
  const dossierMerge = await mergeAll(db, 'dossier', backup.dossiers, await db.dossiers.bulkGet(backup.dossiers.map((d) => d.record.id)), deviceId, (value) => v.parse(DossierSchema, value));
  const feedbackMerge = await mergeAll(db, 'feedback', backup.feedback, await db.feedback.bulkGet(backup.feedback.map((f) => f.record.id)), deviceId, (value) => v.parse(FeedbackSchema, value));
  const contents: HashedContent[] = [
    ...dossierMerge.changes.map((c) => ({ entity: 'dossier', entityId: c.after.id, payload: c.after, clocks: c.clocks })),
    ...feedbackMerge.changes.map((c) => ({ entity: 'feedback', entityId: c.after.id, payload: c.after, clocks: c.clocks })),
  ];
  if (write) {
    const queued = contents.map((content) => queuedContent(content, hashes));
    await db.dossiers.bulkPut(dossierMerge.changes.map((c) => c.after));
    await db.feedback.bulkPut(feedbackMerge.changes.map((c) => c.after));
    await db.recordClocks.bulkPut([
      ...dossierMerge.changes.map((c) => ({ id: c.after.id, entity: 'dossier' as const, clocks: c.clocks })),
      ...feedbackMerge.changes.map((c) => ({ id: c.after.id, entity: 'feedback' as const, clocks: c.clocks })),
    ]);
    if (rule !== ruleBefore) {
      await recountAggregates(db, rule);
    } else {
      const before = [...dossierMerge.changes.flatMap((c) => (c.before ? dossierContributions(c.before, rule) : [])), ...feedbackMerge.changes.flatMap((c) => (c.before ? feedbackContributions(c.before) : []))];
      const after = [...dossierMerge.changes.flatMap((c) => dossierContributions(c.after, rule)), ...feedbackMerge.changes.flatMap((c) => feedbackContributions(c.after))];
      // aggregateStore's updateAggregates, written out here: awaited from this depth, its nested
      // native awaits lost Dexie's transaction zone (seen under fake-indexeddb), and the writes
      // after it ran outside the transaction.
      for (const [table, gone, added] of [
        [db.aggregates, before, after],
        [db.halfMonthAggregates, halfMonthContributions(before), halfMonthContributions(after)],
      ] as const) {
        const keys = [...new Set([...gone, ...added].map((c) => bucketKey(c.dims)))];
        const buckets: BucketMap = new Map();
        for (const b of await table.bulkGet(keys)) if (b) buckets.set(b.key, { ...b, counters: { ...b.counters } });
        applyContributions(buckets, gone, -1);
        applyContributions(buckets, added, 1);
        await table.bulkDelete(keys.filter((k) => !buckets.has(k)));
        await table.bulkPut([...buckets.values()]);
      }
    }
    if (queued.length > 0) await queueAll(db, deviceId, queued);
    await observeClocks(db, deviceId, [...backup.dossiers, ...backup.feedback].flatMap((r) => Object.values(r.clocks)));
  }

  // History entries the phone does not have (compared by content: their ids are local).
  const dossierIds = [...new Set(backup.history.map((h) => h.dossierId))];
  const knownHistory = new Set((await db.history.where('dossierId').anyOf(dossierIds).toArray()).map(({ id: _id, ...entry }) => canonicalJson(entry)));
  const newHistory = backup.history.filter((entry) => {
    const key = canonicalJson(entry);
    if (knownHistory.has(key)) return false;
    knownHistory.add(key);
    return true;
  });
  if (write && newHistory.length > 0) await db.history.bulkAdd(newHistory.map((entry) => ({ ...entry })));

  // Procedures: the phone's own entry stays, unless it is still the untouched starter entry.
  const starters = new Map(STARTER_PROCEDURES.map((p) => [p.id, canonicalJson(p)] as const));
  const localProcedures = await db.procedures.bulkGet(backup.procedures.map((p) => p.id));
  const procedures = noCounts();
  const procedureWrites = backup.procedures.filter((procedure, i) => {
    const local = localProcedures[i];
    const localText = local === undefined ? null : canonicalJson(local);
    if (localText !== null && (localText === canonicalJson(procedure) || localText !== starters.get(procedure.id))) {
      procedures.same += 1;
      return false;
    }
    procedures[local === undefined ? 'added' : 'updated'] += 1;
    return true;
  });
  if (write && procedureWrites.length > 0) await db.procedures.bulkPut(procedureWrites.map((p) => ({ ...p })));

  // The unit's own plans: added where the phone has none.
  const localPlans = await db.plans.bulkGet(backup.plans.map((p) => p.id));
  const newPlans = backup.plans.filter((_, i) => localPlans[i] === undefined);
  const plans = { added: newPlans.length, updated: 0, same: backup.plans.length - newPlans.length };
  if (write && newPlans.length > 0) await db.plans.bulkPut(newPlans.map((p) => ({ ...p })));

  // Typed plan figures: the later `updatedAt` wins.
  const localEntries = await db.manualEntries.bulkGet(backup.manualEntries.map((e) => e.key));
  const manualEntries = noCounts();
  const entryWrites = backup.manualEntries.filter((entry, i) => {
    const local = localEntries[i];
    if (local !== undefined && local.updatedAt >= entry.updatedAt) {
      manualEntries.same += 1;
      return false;
    }
    manualEntries[local === undefined ? 'added' : 'updated'] += 1;
    return true;
  });
  if (write && entryWrites.length > 0) await db.manualEntries.bulkPut(entryWrites.map((e) => ({ ...e })));

  const parts = [dossierMerge.counts, feedbackMerge.counts, procedures, plans, manualEntries, settings];
  const summary: RestoreSummary = {
    dossiers: dossierMerge.counts,
    feedback: feedbackMerge.counts,
    history: newHistory.length,
    procedures,
    plans,
    manualEntries,
    settings,
    queued: contents.length,
    changed: newHistory.length > 0 || parts.some((p) => p.added + p.updated > 0),
  };
  return { summary, contents };
}

/**
 * Each record of the file merged into the phone's copy (`locals`, in the same order) with
 * `mergeInto`, the rule sync uses: the file's record as is when the phone has none, nothing
 * when the phone already holds all it carries.
 */
async function mergeAll<T extends Dossier | Feedback>(
  db: SoMotCuaDatabase,
  entity: Entity,
  items: readonly Clocked<T>[],
  locals: readonly (T | undefined)[],
  deviceId: string,
  read: (value: unknown) => T,
): Promise<{ counts: MergeCounts; changes: RecordChange<T>[] }> {
  const stored = await db.recordClocks.bulkGet(items.map((i) => i.record.id));
  const layout = layoutOf(entity);
  const counts = noCounts();
  const changes: RecordChange<T>[] = [];
  items.forEach((item, i) => {
    const local = locals[i];
    const incoming: ClockedSnapshot = { value: item.record, clocks: item.clocks };
    // A record saved before merging existed has no stored clocks: legacy clocks, as clockedRecord gives.
    const current: ClockedSnapshot | undefined = local && { value: local, clocks: stored[i]?.clocks ?? legacyClocks(layout, local, deviceId) };
    const merged = current === undefined ? incoming : mergeInto(layout, current, incoming);
    if (merged === null) {
      counts.same += 1;
      return;
    }
    counts[local === undefined ? 'added' : 'updated'] += 1;
    changes.push({ before: local, after: read(merged.value), clocks: merged.clocks });
  });
  return { counts, changes };
}

/** The outbox content of a restored record, as a local save queues it, its hash looked up. */
function queuedContent(content: HashedContent, hashes: ReadonlyMap<string, string>): QueuedContent {
  const hash = hashes.get(canonicalJson(content));
  if (hash === undefined) throw new StaleHashes();
  const payload = content.payload as Dossier | Feedback;
  return { entity: content.entity as Entity, entityId: content.entityId, at: payload.updatedAt, payload, clocks: content.clocks as RegisterClocks, hash };
}

/** Appends the changes to the outbox with the next gap-free sequence numbers (what queueChange does, in bulk). */
async function queueAll(db: SoMotCuaDatabase, deviceId: string, contents: readonly QueuedContent[]): Promise<void> {
  const next = await db.meta.get(NEXT_SEQ_KEY);
  const first = typeof next?.value === 'number' ? next.value : 1;
  await db.outbox.bulkAdd(contents.map((content, i) => ({ seq: first + i, changeId: uuidv7(), deviceId, ...content, state: 'pending' as const })));
  await db.meta.put({ key: NEXT_SEQ_KEY, value: first + contents.length });
}

/** Recounts every aggregate from the records (the apology rule came with the file). */
async function recountAggregates(db: SoMotCuaDatabase, rule: Parameters<typeof dossierContributions>[1]): Promise<void> {
  const contributions = [...(await db.dossiers.toArray()).map((d) => dossierContributions(d, rule)), ...(await db.feedback.toArray()).map(feedbackContributions)];
  await db.aggregates.clear();
  await db.aggregates.bulkPut([...aggregate(contributions).values()]);
  await db.halfMonthAggregates.clear();
  await db.halfMonthAggregates.bulkPut([...aggregate(contributions.map(halfMonthContributions)).values()]);
}

/** Why a setting from a file cannot be stored, or null: known keys are checked against their schema. */
function settingIssues(key: string, value: unknown): string | null {
  if (Object.hasOwn(SETTINGS, key)) {
    const parsed = v.safeParse(SETTINGS[key as SettingKey].schema, value);
    return parsed.success ? null : issuesText(parsed.issues);
  }
  if (isCloseOutKey(key)) {
    const parsed = v.safeParse(CloseOutRecordSchema, value);
    return parsed.success ? null : issuesText(parsed.issues);
  }
  return null;
}
