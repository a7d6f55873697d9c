import * as v from 'valibot';
import { foldVietnamese } from '../../domain/csv/normalizeHeader.ts';
import { ProcedureSchema, type Procedure, type TimeLimit } from '../../domain/procedure.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';
import { t } from '../../ui/i18n/t.ts';

/** What the procedure form holds: text as typed, before validation. */
export interface ProcedureDraft {
  name: string;
  field: string;
  code: string;
  unit: TimeLimit['unit'];
  amount: string;
  cutoff: string;
  hasFee: boolean;
  paperResult: boolean;
  certifiedCopy: boolean;
}

/** The form fields an error can be shown beside. */
export type DraftField = 'name' | 'field' | 'code' | 'amount' | 'cutoff';

/** The procedure, or a message per field that needs fixing (in the interface language). */
export type DraftResult = { readonly ok: true; readonly procedure: Procedure } | { readonly ok: false; readonly errors: Partial<Record<DraftField, string>> };

const TIME_LIMIT_UNIT_LABELS: Readonly<Record<TimeLimit['unit'], () => string>> = {
  working_days: () => t('ngày làm việc'),
  hours: () => t('giờ làm việc'),
  same_day: () => t('trong ngày'),
};

/** The units offered in the form, in order. */
export const TIME_LIMIT_UNITS = Object.keys(TIME_LIMIT_UNIT_LABELS) as ReadonlyArray<TimeLimit['unit']>;

/** A unit's name, in the interface language. */
export function timeLimitUnitLabel(unit: TimeLimit['unit']): string {
  return TIME_LIMIT_UNIT_LABELS[unit]();
}

const FIELD_LABELS: Readonly<Record<DraftField, () => string>> = {
  name: () => t('Tên thủ tục'),
  field: () => t('Lĩnh vực'),
  code: () => t('Mã TTHC'),
  amount: () => t('Thời hạn'),
  cutoff: () => t('Giờ tiếp nhận cuối'),
};

/** An empty form, or the form filled with an existing procedure. */
export function draftOf(procedure?: Procedure): ProcedureDraft {
  if (!procedure) {
    return { name: '', field: '', code: '', unit: 'working_days', amount: '', cutoff: '', hasFee: false, paperResult: true, certifiedCopy: false };
  }
  return {
    name: procedure.name,
    field: procedure.field,
    code: procedure.code ?? '',
    unit: procedure.timeLimit.unit,
    amount: procedure.timeLimit.unit === 'same_day' ? '' : String(procedure.timeLimit.amount),
    cutoff: procedure.cutoff ?? '',
    hasFee: procedure.hasFee,
    paperResult: procedure.paperResult,
    certifiedCopy: procedure.certifiedCopy,
  };
}

function fieldOf(issue: v.BaseIssue<unknown>): DraftField | null {
  const path = v.getDotPath(issue);
  if (path === 'timeLimit.amount') return 'amount';
  return path === 'name' || path === 'field' || path === 'code' || path === 'cutoff' ? path : null;
}

function messageOf(field: DraftField, issue: v.BaseIssue<unknown>, unit: TimeLimit['unit']): string {
  const label = FIELD_LABELS[field]();
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : null;
  switch (issue.type) {
    case 'min_length':
      return t('{label} không được để trống.', { label });
    case 'max_length':
      return t('{label} tối đa {max} ký tự.', { label, max: requirement ?? '' });
    case 'regex':
      return field === 'code' ? t('Mã TTHC có dạng d.dddddd, ví dụ 1.001193.') : t('Giờ phải có dạng HH:MM, ví dụ 15:00.');
    case 'number':
      return t('Hãy nhập thời hạn bằng số.');
    case 'integer':
      return t('Thời hạn phải là số nguyên.');
    case 'min_value':
      return t('Thời hạn ít nhất là {amount} {unit}.', { amount: requirement ?? 1, unit: timeLimitUnitLabel(unit) });
    case 'max_value':
      return t('Thời hạn tối đa là {amount} {unit}.', { amount: requirement ?? '', unit: timeLimitUnitLabel(unit) });
    default:
      return t('{label} không hợp lệ.', { label });
  }
}

/**
 * Checks the form against ProcedureSchema and the rest of the catalogue (no two procedures
 * with the same name in the same field, nor with the same national code). An edit keeps its
 * id; a new procedure is keyed by its national code when it has one, as a CSV import does.
 */
export function procedureFromDraft(draft: ProcedureDraft, existingId: string | null, others: readonly Procedure[]): DraftResult {
  const code = draft.code.trim();
  const id = existingId ?? (code !== '' ? code : uuidv7());
  const cutoff = draft.cutoff.trim();
  const amount = draft.amount.trim() === '' ? Number.NaN : Number(draft.amount.trim().replace(',', '.'));
  const timeLimit = draft.unit === 'same_day' ? { unit: draft.unit } : { unit: draft.unit, amount };
  const candidate = {
    id,
    ...(code !== '' ? { code } : {}),
    name: draft.name,
    field: draft.field,
    timeLimit,
    ...(cutoff !== '' ? { cutoff } : {}),
    hasFee: draft.hasFee,
    paperResult: draft.paperResult,
    certifiedCopy: draft.certifiedCopy,
  };
  const parsed = v.safeParse(ProcedureSchema, candidate);
  const errors: Partial<Record<DraftField, string>> = {};
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = fieldOf(issue);
      if (field !== null && errors[field] === undefined) errors[field] = messageOf(field, issue, draft.unit);
    }
  }
  const key = (p: Pick<Procedure, 'name' | 'field'>) => `${foldVietnamese(p.field)}|${foldVietnamese(p.name)}`;
  const twin = others.find((p) => p.id !== id && key(p) === key(draft));
  if (twin && errors.name === undefined) errors.name = t('Lĩnh vực «{field}» đã có thủ tục «{procedure}».', { field: twin.field, procedure: twin.name });
  const sameCode = others.find((p) => (existingId === null && p.id === id) || (p.id !== id && code !== '' && p.code === code));
  if (sameCode && errors.code === undefined) errors.code = t('Mã {code} đã dùng cho thủ tục «{procedure}».', { code, procedure: sameCode.name });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, procedure: parsed.output };
  if (Object.keys(errors).length === 0) errors.name = t('Thủ tục chưa hợp lệ: hãy kiểm tra lại các ô.');
  return { ok: false, errors };
}
