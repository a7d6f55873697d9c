import type { Dossier } from './dossier.ts';

/** One field's value before and after a change (JSON values, for display and audit). */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** What one save did to a dossier, for its history (who, when, which fields, old and new). */
export interface DossierHistoryEntry {
  readonly dossierId: string;
  readonly at: string;
  readonly officerId: string | null;
  readonly action: DossierAction;
  readonly changes: readonly FieldChange[];
  /** The change was made on another phone and arrived by sync (its officer is not known here). */
  readonly remote?: boolean;
}

/** The named steps of the desk, in words the history shows. */
export type DossierAction =
  | 'received'
  | 'supplement_requested'
  | 'supplement_returned'
  | 'resolved'
  | 'returned'
  | 'rejected'
  | 'withdrawn'
  | 'stopped'
  | 'apologized'
  | 'rated'
  | 'voided'
  | 'edited';

/** Fields that only follow others (not shown as changes of their own). */
const DERIVED: ReadonlySet<string> = new Set(['updatedAt', 'schemaVersion']);

/**
 * The history entry of a save: which fields changed (top level, compared as JSON) and the
 * action it amounts to. `before` is undefined for a receipt.
 */
export function historyEntryFor(before: Dossier | undefined, after: Dossier, officerId: string | null): DossierHistoryEntry {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (DERIVED.has(field)) continue;
    const was = before?.[field as keyof Dossier];
    const now = after[field as keyof Dossier];
    if (JSON.stringify(was) !== JSON.stringify(now)) changes.push({ field, before: was ?? null, after: now ?? null });
  }
  return { dossierId: after.id, at: after.updatedAt, officerId, action: actionOf(before, after), changes };
}

function actionOf(before: Dossier | undefined, after: Dossier): DossierAction {
  if (!before) return 'received';
  if (after.voidedAt !== undefined && before.voidedAt === undefined) return 'voided';
  if (after.status !== before.status) {
    if (after.status === 'received') return 'edited';
    return after.status;
  }
  if (after.supplementRequests.length > before.supplementRequests.length) return 'supplement_requested';
  const lastBefore = before.supplementRequests.at(-1);
  const lastAfter = after.supplementRequests.at(-1);
  if (lastBefore && lastAfter && lastBefore.returnedAt === undefined && lastAfter.returnedAt !== undefined) return 'supplement_returned';
  if (JSON.stringify(after.apology) !== JSON.stringify(before.apology)) return 'apologized';
  if (after.satisfaction !== before.satisfaction) return 'rated';
  return 'edited';
}

/** Vietnamese words for each action. */
export const DOSSIER_ACTION_LABELS: Readonly<Record<DossierAction, string>> = {
  received: 'Tiếp nhận',
  supplement_requested: 'Yêu cầu bổ sung',
  supplement_returned: 'Nhận hồ sơ bổ sung',
  resolved: 'Giải quyết xong',
  returned: 'Trả kết quả',
  rejected: 'Từ chối',
  withdrawn: 'Công dân rút hồ sơ',
  stopped: 'Dừng giải quyết',
  apologized: 'Xin lỗi, hẹn lại',
  rated: 'Đánh giá hài lòng',
  voided: 'Hủy (nhập nhầm)',
  edited: 'Sửa thông tin',
};
