import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import { BACKUP_MESSAGES, parseBackup } from '../domain/backup/parseBackup.ts';
import { apologize, rateSatisfaction, receiveDossier, resolveDossier, updateFacts } from '../domain/dossierLifecycle.ts';
import { receiveFeedback } from '../domain/feedback.ts';
import { PLAN_PRESETS } from '../domain/plans/presets/index.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { contentHash } from '../sync/contentHash.ts';
import { aggregate } from '../domain/indicators/aggregate.ts';
import { dossierContributions, feedbackContributions } from '../domain/indicators/contributions.ts';
import { createBackup } from './backupExport.ts';
import { MAX_BACKUP_BYTES, previewRestore, readBackupFile, readBackupText, restoreBackup, RESTORE_MESSAGES } from './backupRestore.ts';
import { confirmCloseOut } from './closeOutStore.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { readDeviceId } from './deviceIdentity.ts';
import { saveDossier } from './dossierStore.ts';
import { saveFeedback } from './feedbackStore.ts';
import { setManualValue } from './manualEntryStore.ts';
import { savePlan } from './planStore.ts';
import { saveProcedure } from './procedureStore.ts';
import { writeSetting } from './settings.ts';
import { saveEnrollment } from './enrollmentStore.ts';

const freshDb = testDatabases();

const birth = STARTER_PROCEDURES[0]!;
const receive = (at: string, channel: 'in_person' | 'online_full' = 'in_person') =>
  receiveDossier({ id: uuidv7(Date.parse(at)), procedure: birth, channel, receivedAt: new Date(at) }, weekendOnlyCalendar);
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Everything a restore may touch, in a comparable shape (local auto-increment ids left out). */
async function snapshot(db: SoMotCuaDatabase) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  const byKey = <T extends { key: string }>(rows: T[]) => rows.sort((a, b) => a.key.localeCompare(b.key));
  return {
    dossiers: byId(await db.dossiers.toArray()),
    feedback: byId(await db.feedback.toArray()),
    clocks: byId(await db.recordClocks.toArray()),
    history: (await db.history.orderBy('id').toArray()).map(({ id: _id, ...entry }) => entry),
    procedures: byId(await db.procedures.toArray()),
    plans: byId(await db.plans.toArray()),
    manualEntries: byKey(await db.manualEntries.toArray()),
    settings: byKey(await db.settings.toArray()),
    aggregates: byKey(await db.aggregates.toArray()),
    halfMonthAggregates: byKey(await db.halfMonthAggregates.toArray()),
  };
}

/** Phone A: an enrolled officer's day, nothing pushed yet. */
async function phoneA(db: SoMotCuaDatabase) {
  await writeSetting(db, 'unitName', 'UBND xã Cam Thịnh Tây');
  await writeSetting(db, 'officerId', 'Nguyễn Thị Lan');
  await writeSetting(db, 'periodRule', 'fifteenth');
  // Not the default: restoring must count the aggregates under the file's rule.
  await writeSetting(db, 'apologyRule', 'judge_by_new_date');
  const first = receive('2026-11-26T01:00:00Z', 'online_full');
  const second = receive('2026-11-26T02:00:00Z');
  await saveDossier(db, first);
  await saveDossier(db, second);
  await saveDossier(db, resolveDossier(first, new Date('2026-11-26T03:00:00Z'), { digitized: true }), first);
  // Due 26/11 (same day), apology with a new date 30/11, resolved 27/11: late by the due date,
  // early by the new date, so the aggregates differ between the two apology rules.
  const third = receive('2026-11-26T03:00:00Z');
  await saveDossier(db, third);
  const apologized = apologize(third, new Date('2026-11-26T08:00:00Z'), '2026-11-30');
  await saveDossier(db, apologized, third);
  await saveDossier(db, resolveDossier(apologized, new Date('2026-11-27T02:00:00Z'), {}), apologized);
  await saveFeedback(db, receiveFeedback({ id: uuidv7(), receivedAt: new Date('2026-11-26T04:00:00Z'), subject: 'Niêm yết thủ tục chưa đủ' }, weekendOnlyCalendar));
  // The unit edited a starter procedure's time limit.
  await saveProcedure(db, { ...birth, timeLimit: { unit: 'working_days', amount: 2 } });
  const plan = { ...structuredClone(PLAN_PRESETS[0]!), id: 'ke-hoach-rieng', name: 'Kế hoạch riêng của xã' };
  await savePlan(db, plan);
  await setManualValue(db, plan.id, 'row-1', { kind: 'month', year: 2026, month: 11 }, { numerator: 3, denominator: 4 });
  await confirmCloseOut(db, '2026-11-26', { received: 2, receivedByChannel: { in_person: 1, postal: 0, online_partial: 0, online_full: 1 }, resolved: 1, resolvedEarly: 1, resolvedOnTime: 0, resolvedLate: 0, returned: 0, ended: 0, pending: 1, pendingOverdue: 0 }, new Date('2026-11-26T10:00:00Z'));
  await saveEnrollment(
    db,
    { serverTime: '2026-11-26T00:00:00.000Z', token: 'T'.repeat(40), role: 'officer', unit: { id: 'xa-ct', name: 'UBND xã Cam Thịnh Tây' }, officer: { id: 'lan', name: 'Nguyễn Thị Lan' } },
    '2026-11-26T00:00:00.000Z',
  );
  return { first, second };
}

function parsed(text: string) {
  const result = readBackupText(text);
  if (!result.ok) throw new Error(`backup refused: ${result.problem.message} ${JSON.stringify(result.problem.params)}`);
  return result.backup;
}

describe('backup and restore', () => {
  it('restores into an empty phone every record as it was, and queues every dossier and feedback for the server', async () => {
    const a = freshDb();
    await phoneA(a);
    const backup = await createBackup(a, new Date('2026-11-26T09:45:00Z'));
    // 16:45 in Vietnam (UTC+7).
    expect(backup.fileName).toBe('so-mot-cua-sao-luu-ubnd-xa-cam-thinh-tay-20261126-1645.json');
    // 3 dossiers, 1 feedback; 6 dossier saves → 6 history entries; 4 settings written + the close-out record = 5.
    expect(backup.counts).toMatchObject({ dossiers: 3, feedback: 1, history: 6, plans: 1, manualEntries: 1, settings: 5 });
    // Never a credential nor the device's identity.
    expect(backup.text).not.toContain('T'.repeat(40));
    expect(backup.text).not.toContain('nextSeq');

    const b = freshDb();
    const file = parsed(backup.text);
    const preview = await previewRestore(b, file);
    expect(preview.dossiers).toEqual({ added: 3, updated: 0, same: 0 });
    expect(await b.dossiers.count()).toBe(0);
    const summary = await restoreBackup(b, file);
    expect(summary).toMatchObject({ dossiers: { added: 3, updated: 0, same: 0 }, feedback: { added: 1, updated: 0, same: 0 }, history: 6, queued: 4, changed: true });
    // The starter procedure the phone was seeded with takes the unit's edit.
    expect(summary.procedures.updated).toBe(1);

    const [before, after] = [await snapshot(a), await snapshot(b)];
    expect(after).toEqual(before);
    const outbox = await b.outbox.orderBy('seq').toArray();
    const deviceB = await readDeviceId(b);
    expect(deviceB).not.toBe(await readDeviceId(a));
    expect(outbox.map((c) => [c.seq, c.entity, c.deviceId, c.state])).toEqual([
      [1, 'dossier', deviceB, 'pending'],
      [2, 'dossier', deviceB, 'pending'],
      [3, 'dossier', deviceB, 'pending'],
      [4, 'feedback', deviceB, 'pending'],
    ]);
    for (const change of outbox) {
      const clocks = before.clocks.find((c) => c.id === change.entityId)?.clocks;
      expect(change.clocks).toEqual(clocks);
      expect(change.hash).toBe(await contentHash({ entity: change.entity, entityId: change.entityId, payload: change.payload, clocks }));
    }
    expect(await b.meta.get('enrollment')).toBeUndefined();
  });

  it('changes nothing and queues nothing when the same file is restored twice', async () => {
    const a = freshDb();
    console.log('step0');
    await phoneA(a);
    console.log('step1');
    const file = parsed((await createBackup(a)).text);
    console.log('step2');
    const b = freshDb();
    await restoreBackup(b, file);
    console.log('step3');
    const once = await snapshot(b);
    const outboxOnce = await b.outbox.count();

    expect((await previewRestore(b, file)).changed).toBe(false);
    const again = await restoreBackup(b, file);
    expect(again).toMatchObject({ dossiers: { added: 0, updated: 0, same: 3 }, feedback: { added: 0, updated: 0, same: 1 }, history: 0, queued: 0, changed: false });
    expect(await snapshot(b)).toEqual(once);
    expect(await b.outbox.count()).toBe(outboxOnce);
  });

  it('keeps the phone’s newer registers and takes the file’s newer ones (per-field last writer wins)', async () => {
    const a = freshDb();
    const { second } = await phoneA(a);
    const b = freshDb();
    await restoreBackup(b, parsed((await createBackup(a)).text));
    const onlyOnB = receive('2026-11-26T05:00:00Z');
    await saveDossier(b, onlyOnB);

    // Phone A, first: a code and a rating. Phone B, later: another code.
    const editedOnA = rateSatisfaction({ ...second, code: 'A-1' }, new Date('2026-11-26T06:00:00Z'), 'very_satisfied');
    await saveDossier(a, editedOnA, second);
    await pause();
    await saveDossier(b, updateFacts({ ...second, code: 'B-1' }, new Date('2026-11-26T07:00:00Z'), {}), second);
    const newerFile = parsed((await createBackup(a)).text);

    const queuedBefore = await b.outbox.count();
    const summary = await restoreBackup(b, newerFile);
    expect(summary.dossiers).toEqual({ added: 0, updated: 1, same: 2 });
    const merged = await b.dossiers.get(second.id);
    expect(merged?.code).toBe('B-1');
    expect(merged?.satisfaction).toBe('very_satisfied');
    expect(await b.dossiers.get(onlyOnB.id)).toEqual(onlyOnB);
    // The aggregates follow the merge: they equal a recount of B's records under its rule.
    const recount = aggregate((await b.dossiers.toArray()).map((d) => dossierContributions(d, 'judge_by_new_date')).concat((await b.feedback.toArray()).map(feedbackContributions)));
    const byKey = <T extends { key: string }>(rows: T[]) => rows.sort((x, y) => x.key.localeCompare(y.key));
    expect(byKey(await b.aggregates.toArray())).toEqual(byKey([...recount.values()]));
    // One change queued: the merged dossier, carrying both registers' clocks.
    const queued = await b.outbox.where('seq').above(queuedBefore).toArray();
    expect(queued.map((c) => [c.entityId, (c.payload as { code: string }).code])).toEqual([[second.id, 'B-1']]);
  });

  it('counts the phone’s own dossiers again when the file brings another apology rule', async () => {
    const a = freshDb();
    await phoneA(a);
    const b = freshDb();
    // On B, under the default rule (judge by the due date): due 26/11, apology to 30/11, resolved 27/11 → late.
    const own = receive('2026-11-26T05:00:00Z');
    const apologized = apologize(own, new Date('2026-11-26T08:00:00Z'), '2026-11-30');
    await saveDossier(b, own);
    await saveDossier(b, apologized, own);
    await saveDossier(b, resolveDossier(apologized, new Date('2026-11-27T02:00:00Z'), {}), apologized);
    await restoreBackup(b, parsed((await createBackup(a)).text));
    // B had no apology rule of its own, so it takes the file's (judge by the new date): its own dossier is now early.
    expect((await b.settings.get('apologyRule'))?.value).toBe('judge_by_new_date');
    const recount = aggregate((await b.dossiers.toArray()).map((d) => dossierContributions(d, 'judge_by_new_date')).concat((await b.feedback.toArray()).map(feedbackContributions)));
    const byKey = <T extends { key: string }>(rows: T[]) => rows.sort((x, y) => x.key.localeCompare(y.key));
    expect(byKey(await b.aggregates.toArray())).toEqual(byKey([...recount.values()]));
  });

  it('keeps the phone’s own settings, plans and customised procedures', async () => {
    const a = freshDb();
    await phoneA(a);
    const b = freshDb();
    await writeSetting(b, 'unitName', 'UBND phường Mới');
    await saveProcedure(b, { ...birth, timeLimit: { unit: 'working_days', amount: 5 } });
    const summary = await restoreBackup(b, parsed((await createBackup(a)).text));
    expect(summary.procedures.updated).toBe(0);
    expect((await b.procedures.get(birth.id))?.timeLimit).toEqual({ unit: 'working_days', amount: 5 });
    expect((await b.settings.get('unitName'))?.value).toBe('UBND phường Mới');
    expect((await b.settings.get('officerId'))?.value).toBe('Nguyễn Thị Lan');
  });
});

describe('a file that cannot be restored is refused whole', () => {
  async function goodText() {
    const a = freshDb();
    for (let i = 0; i < 12; i += 1) await saveDossier(a, receive(`2026-11-${String(10 + i).padStart(2, '0')}T02:00:00Z`));
    return (await createBackup(a)).text;
  }

  it('names the problem: not JSON, cut short, another format, a newer format, a count that does not match', async () => {
    const text = await goodText();
    const problem = (t: string) => {
      const result = readBackupText(t);
      return result.ok ? null : result.problem;
    };
    expect(problem('hello')?.message).toBe(BACKUP_MESSAGES.notJson);
    expect(problem(text.slice(0, Math.floor(text.length / 2)))?.message).toBe(BACKUP_MESSAGES.notJson);
    expect(problem(JSON.stringify({ format: 'other', version: 1 }))?.message).toBe(BACKUP_MESSAGES.notBackup);
    expect(problem('[1,2]')?.message).toBe(BACKUP_MESSAGES.notBackup);
    const doc = JSON.parse(text) as { version: number; dossiers: unknown[]; counts: { dossiers: number } };
    expect(problem(JSON.stringify({ ...doc, version: 2 }))).toEqual({ message: BACKUP_MESSAGES.newerVersion, params: { version: 2 } });
    expect(problem(JSON.stringify({ ...doc, dossiers: doc.dossiers.slice(0, 11) }))).toEqual({
      message: BACKUP_MESSAGES.badCount,
      params: { part: 'hồ sơ', expected: 12, actual: 11 },
    });
  });

  it('names the dossier that fails its schema, by its position in the file', async () => {
    const doc = JSON.parse(await goodText()) as { dossiers: Array<{ record: Record<string, unknown> }> };
    // The 12th dossier says "resolved" without a resolution time: the schema refuses it.
    doc.dossiers[11]!.record['status'] = 'resolved';
    const result = readBackupText(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message).toBe(BACKUP_MESSAGES.badRecord);
    expect(result.problem.params).toMatchObject({ part: 'hồ sơ', index: 12 });
    expect(String(result.problem.params['reason'])).toContain('hồ sơ đã giải quyết phải có thời điểm giải quyết');
  });

  it('refuses a setting that fails its schema, and two records with one id', async () => {
    const doc = JSON.parse(await goodText()) as { dossiers: unknown[]; settings: unknown[]; counts: Record<string, number> };
    const badSetting = readBackupText(JSON.stringify({ ...doc, settings: [{ key: 'periodRule', value: 'weekly' }], counts: { ...doc.counts, settings: 1 } }));
    expect(badSetting.ok ? null : badSetting.problem.message).toBe(RESTORE_MESSAGES.badSetting);
    const twice = parseBackup(JSON.stringify({ ...doc, dossiers: [...doc.dossiers, doc.dossiers[0]], counts: { ...doc.counts, dossiers: 13 } }));
    expect(twice.ok ? null : twice.problem).toEqual({ message: BACKUP_MESSAGES.duplicate, params: { part: 'hồ sơ', index: 13 } });
  });

  it('reads a version-1 dossier in a file as sync does, upgraded', async () => {
    const doc = JSON.parse(await goodText()) as { dossiers: Array<{ record: Record<string, unknown> }> };
    const first = doc.dossiers[0]!.record;
    doc.dossiers[0]!.record = {
      schemaVersion: 1,
      id: first['id'],
      procedure: { id: 'khai-sinh', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimitDays: 0 },
      channel: 'in_person',
      receivedAt: first['receivedAt'],
      appointmentDate: first['dueDate'],
      status: 'received',
      digitized: false,
      electronicResult: false,
      updatedAt: first['updatedAt'],
    };
    const backup = parsed(JSON.stringify(doc));
    expect(backup.dossiers[0]?.record).toMatchObject({ schemaVersion: 2, procedure: { timeLimit: { unit: 'same_day' } }, supplementRequests: [] });
  });

  it('refuses a file larger than the limit before reading it', async () => {
    const text = await goodText();
    // The same file under a limit one byte too small (the real limit is 200 MB).
    const file = new Blob([text]);
    const result = await readBackupFile(file, file.size - 1);
    expect(result.ok ? null : result.problem.message).toBe(RESTORE_MESSAGES.tooLarge);
    expect((await readBackupFile(file, file.size)).ok).toBe(true);
    expect(MAX_BACKUP_BYTES).toBe(200 * 1024 * 1024);
  });
});
