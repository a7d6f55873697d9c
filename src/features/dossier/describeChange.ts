import { CHANNEL_LABELS } from '../../domain/channel.ts';
import type { FieldChange } from '../../domain/dossierHistory.ts';
import { SATISFACTION_LABELS } from '../../domain/satisfaction.ts';
import { formatDateTime } from '../../ui/format.ts';
import { FIELD_LABELS } from './fieldLabels.ts';
import { formatShortDay } from './shortDay.ts';
import { STATUS_LABELS } from './statusLabels.ts';

/** One changed field in words: its name, and its old and new values (null when empty or not shown). */
export interface ChangeInWords {
  readonly label: string;
  /** False for fields shown by name only (the procedure, the applicant's personal data). */
  readonly showsValues: boolean;
  readonly before: string | null;
  readonly after: string | null;
}

const INSTANTS = new Set(['receivedAt', 'resolvedAt', 'returnedAt', 'endedAt', 'voidedAt']);
const DAYS = new Set(['dueDate', 'appointmentDate']);
const NAME_ONLY = new Set(['procedure', 'applicant']);

/** A history change in Vietnamese words, e.g. "Trạng thái": "Đã tiếp nhận" → "Đã giải quyết". */
export function describeChange(change: FieldChange): ChangeInWords {
  const field = change.field;
  const label = field in FIELD_LABELS ? FIELD_LABELS[field as keyof typeof FIELD_LABELS] : field;
  if (NAME_ONLY.has(field)) return { label, showsValues: false, before: null, after: null };
  return { label, showsValues: true, before: valueInWords(field, change.before), after: valueInWords(field, change.after) };
}

function valueInWords(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string') {
    if (INSTANTS.has(field)) return formatDateTime(value);
    if (DAYS.has(field)) return formatShortDay(value);
    if (field === 'status') return lookup(STATUS_LABELS, value);
    if (field === 'channel') return lookup(CHANNEL_LABELS, value);
    if (field === 'satisfaction') return lookup(SATISFACTION_LABELS, value);
    return value;
  }
  if (field === 'supplementRequests' && Array.isArray(value)) return requestsInWords(value);
  if (field === 'apology' && isRecord(value) && typeof value['newDate'] === 'string') {
    const reason = typeof value['reason'] === 'string' ? ` (${value['reason']})` : '';
    return `hẹn lại ${formatShortDay(value['newDate'])}${reason}`;
  }
  return typeof value === 'number' ? String(value) : 'đã thay đổi';
}

function requestsInWords(requests: readonly unknown[]): string | null {
  const last = requests.at(-1);
  if (last === undefined) return null;
  const waiting = isRecord(last) && last['returnedAt'] === undefined;
  return `${requests.length} lần, ${waiting ? 'đang chờ' : 'đã nhận đủ'}`;
}

function lookup(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
