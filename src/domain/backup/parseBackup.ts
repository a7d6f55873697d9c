import * as v from 'valibot';
import type { RegisterClocks } from '../../sync/protocol.ts';
import type { Dossier } from '../dossier.ts';
import type { DossierHistoryEntry } from '../dossierHistory.ts';
import { FeedbackSchema, type Feedback } from '../feedback.ts';
import { ManualEntrySchema, type PlanRowValue } from '../plans/planRowValue.ts';
import { PlanSchema, type Plan } from '../plans/planSchema.ts';
import { ProcedureSchema, type Procedure } from '../procedure.ts';
import { readAnyDossier } from '../upgradeDossier.ts';
import {
  BACKUP_FORMAT,
  BACKUP_PARTS,
  BACKUP_VERSION,
  BackupEnvelopeSchema,
  HistoryEntrySchema,
  ManualEntryRecordSchema,
  SettingEntrySchema,
  type BackupCounts,
  type BackupPart,
} from './backupFormat.ts';

/** A record with its register clocks, read and upgraded. */
export interface Clocked<T> {
  readonly record: T;
  readonly clocks: RegisterClocks;
}

/** A typed figure of a plan's manual row. */
export interface BackupManualEntry {
  readonly key: string;
  readonly planId: string;
  readonly rowKey: string;
  readonly periodKey: string;
  readonly value: PlanRowValue;
  readonly updatedAt: string;
}

/** A backup file, every record read with its own schema. */
export interface BackupDocument {
  readonly createdAt: string;
  readonly appSchemaVersion: number;
  readonly sourceDeviceId: string | null;
  readonly unitName: string | null;
  readonly counts: BackupCounts;
  readonly dossiers: readonly Clocked<Dossier>[];
  readonly feedback: readonly Clocked<Feedback>[];
  readonly history: readonly DossierHistoryEntry[];
  readonly procedures: readonly Procedure[];
  readonly plans: readonly Plan[];
  readonly manualEntries: readonly BackupManualEntry[];
  readonly settings: readonly { readonly key: string; readonly value: unknown }[];
}

/**
 * Why a file cannot be restored: a Vietnamese message with `{name}` placeholders (translated
 * by the UI) and its values. `part` names a part of the file with a word of BACKUP_PART_LABELS.
 */
export interface BackupProblem {
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type ParsedBackup = { readonly ok: true; readonly backup: BackupDocument } | { readonly ok: false; readonly problem: BackupProblem };

/** The word for one record of each part, as the error messages name it ("hồ sơ thứ 12"). */
export const BACKUP_PART_LABELS: Readonly<Record<BackupPart, string>> = {
  dossiers: 'hồ sơ',
  feedback: 'phản ánh, kiến nghị',
  history: 'mục lịch sử hồ sơ',
  procedures: 'thủ tục',
  plans: 'kế hoạch',
  manualEntries: 'số liệu nhập tay',
  settings: 'cài đặt',
};

/** The messages a backup can be refused with (each has an English entry). */
export const BACKUP_MESSAGES = {
  notJson: 'Tệp không đọc được: nội dung không phải JSON hợp lệ (tệp có thể bị cắt ngang hoặc hỏng).',
  notBackup: 'Tệp không phải bản sao lưu của Sổ Một Cửa.',
  newerVersion: 'Bản sao lưu này do phiên bản mới hơn của ứng dụng tạo ra (định dạng {version}). Hãy cập nhật ứng dụng rồi thử lại.',
  badHeader: 'Bản sao lưu hỏng: phần đầu tệp không hợp lệ ({reason}).',
  badCount: 'Bản sao lưu hỏng: tệp ghi {expected} mục {part} nhưng có {actual} (tệp có thể bị cắt bớt hoặc bị sửa).',
  badRecord: 'Bản sao lưu hỏng: {part} thứ {index}: {reason}',
  duplicate: 'Bản sao lưu hỏng: {part} thứ {index} trùng mã với một mục trước đó.',
} as const;

/**
 * Reads the text of a backup file and checks ALL of it (nothing is written here): the format
 * marker, the version, the counts, then every record against its schema (older dossier
 * versions upgraded as sync does). The first problem found is returned, naming where it is.
 */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(BACKUP_MESSAGES.notJson);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) return fail(BACKUP_MESSAGES.notBackup);
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return fail(BACKUP_MESSAGES.newerVersion, { version });
  const envelope = v.safeParse(BackupEnvelopeSchema, json);
  if (!envelope.success) return fail(BACKUP_MESSAGES.badHeader, { reason: issuesText(envelope.issues) });
  const e = envelope.output;
  for (const part of BACKUP_PARTS) {
    if (e.counts[part] !== e[part].length) return fail(BACKUP_MESSAGES.badCount, { part: BACKUP_PART_LABELS[part], expected: e.counts[part], actual: e[part].length });
  }
  try {
    return {
      ok: true,
      backup: {
        createdAt: e.createdAt,
        appSchemaVersion: e.appSchemaVersion,
        sourceDeviceId: e.sourceDeviceId,
        unitName: e.unitName,
        counts: e.counts,
        dossiers: unique('dossiers', readEach('dossiers', e.dossiers, (item) => ({ record: readOrThrow(readAnyDossier(item.record)), clocks: item.clocks })), (d) => d.record.id),
        feedback: unique('feedback', readEach('feedback', e.feedback, (item) => ({ record: readOrThrow(v.safeParse(FeedbackSchema, item.record)), clocks: item.clocks })), (f) => f.record.id),
        history: readEach('history', e.history, (item) => readOrThrow(v.safeParse(HistoryEntrySchema, item))),
        procedures: unique('procedures', readEach('procedures', e.procedures, (item) => readOrThrow(v.safeParse(ProcedureSchema, item))), (p) => p.id),
        plans: unique('plans', readEach('plans', e.plans, (item) => readOrThrow(v.safeParse(PlanSchema, item))), (p) => p.id),
        manualEntries: unique('manualEntries', readEach('manualEntries', e.manualEntries, readManualEntry), (m) => m.key),
        settings: unique('settings', readEach('settings', e.settings, (item) => readOrThrow(v.safeParse(SettingEntrySchema, item))), (s) => s.key),
      },
    };
  } catch (error) {
    if (error instanceof BackupProblemError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** The valibot issues as one line: "procedure.name: …; status: …". */
export function issuesText(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path === null ? issue.message : `${path}: ${issue.message}`;
    })
    .join('; ');
}

/** Carries a problem out of the per-record readers. */
class BackupProblemError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(problem.message);
  }
}

/** A record's schema issues, raised as text for `readEach` to place. */
class RecordIssues extends Error {}

function readOrThrow<T>(result: { success: true; output: T } | { success: false; issues: readonly v.BaseIssue<unknown>[] }): T {
  if (!result.success) throw new RecordIssues(issuesText(result.issues));
  return result.output;
}

function readManualEntry(item: unknown): BackupManualEntry {
  const entry = readOrThrow(v.safeParse(ManualEntryRecordSchema, item));
  return { ...entry, value: readOrThrow(v.safeParse(ManualEntrySchema, entry.value)) };
}

/** Reads every item of a part; the first one that fails names its position (counted from 1). */
function readEach<I, T>(part: BackupPart, items: readonly I[], read: (item: I) => T): T[] {
  return items.map((item, i) => {
    try {
      return read(item);
    } catch (error) {
      if (!(error instanceof RecordIssues)) throw error;
      throw new BackupProblemError({ message: BACKUP_MESSAGES.badRecord, params: { part: BACKUP_PART_LABELS[part], index: i + 1, reason: error.message } });
    }
  });
}

function unique<T>(part: BackupPart, items: T[], idOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = idOf(item);
    if (seen.has(id)) throw new BackupProblemError({ message: BACKUP_MESSAGES.duplicate, params: { part: BACKUP_PART_LABELS[part], index: i + 1 } });
    seen.add(id);
  });
  return items;
}

function fail(message: string, params: BackupProblem['params'] = {}): ParsedBackup {
  return { ok: false, problem: { message, params } };
}
