import * as v from 'valibot';
import { foldVietnamese } from '../../domain/csv/normalizeHeader.ts';
import { ProcedureSchema, type Procedure, type TimeLimit } from '../../domain/procedure.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';

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

/** The procedure, or a Vietnamese message per field that needs fixing. */
export type DraftResult = { readonly ok: true; readonly procedure: Procedure } | { readonly ok: false; readonly errors: Partial<Record<DraftField, string>> };

/** The units offered in the form, with their Vietnamese names. */
export const TIME_LIMIT_UNIT_LABELS: Readonly<Record<TimeLimit['unit'], string>> = {
  working_days: 'ngày làm việc',
  hours: 'giờ làm việc',
  same_day: 'trong ngày',
};

const FIELD_LABELS: Readonly<Record<DraftField, string>> = {
  name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  code: 'Mã TTHC',
  amount: 'Thời hạn',
  cutoff: 'Giờ tiếp nhận cuối',
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
  const label = FIELD_LABELS[field];
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : null;
  switch (issue.type) {
    case 'min_length':
      return `${label} không được để trống.`;
    case 'max_length':
      return `${label} tối đa ${requirement ?? ''} ký tự.`;
    case 'regex':
      return field === 'code' ? 'Mã TTHC có dạng d.dddddd, ví dụ 1.001193.' : 'Giờ phải có dạng HH:MM, ví dụ 15:00.';
    case 'number':
      return 'Hãy nhập thời hạn bằng số.';
    case 'integer':
      return 'Thời hạn phải là số nguyên.';
    case 'min_value':
      return `Thời hạn ít nhất là ${requirement ?? 1} ${TIME_LIMIT_UNIT_LABELS[unit]}.`;
    case 'max_value':
      return `Thời hạn tối đa là ${requirement ?? ''} ${TIME_LIMIT_UNIT_LABELS[unit]}.`;
    default:
      return `${label} không hợp lệ.`;
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
  if (twin && errors.name === undefined) errors.name = `Lĩnh vực «${twin.field}» đã có thủ tục «${twin.name}».`;
  const sameCode = others.find((p) => (existingId === null && p.id === id) || (p.id !== id && code !== '' && p.code === code));
  if (sameCode && errors.code === undefined) errors.code = `Mã ${code} đã dùng cho thủ tục «${sameCode.name}».`;
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, procedure: parsed.output };
  if (Object.keys(errors).length === 0) errors.name = 'Thủ tục chưa hợp lệ: hãy kiểm tra lại các ô.';
  return { ok: false, errors };
}
