import { CHANNEL_LABELS } from '../../domain/channel.ts';
import type { FieldChange } from '../../domain/dossierHistory.ts';
import { SATISFACTION_LABELS } from '../../domain/satisfaction.ts';
import { formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { fieldLabel } from './fieldLabels.ts';
import { formatShortDay } from './shortDay.ts';
import { isDossierStatus, statusLabel } from './statusLabels.ts';

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

/** A history change in the interface language, e.g. "Trạng thái": "Đã tiếp nhận" → "Đã giải quyết". */
export function describeChange(change: FieldChange): ChangeInWords {
  const field = change.field;
  const label = fieldLabel(field);
  if (NAME_ONLY.has(field)) return { label, showsValues: false, before: null, after: null };
  return { label, showsValues: true, before: valueInWords(field, change.before), after: valueInWords(field, change.after) };
}

function valueInWords(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? t('Có') : t('Không');
  if (typeof value === 'string') {
    if (INSTANTS.has(field)) return formatDateTime(value);
    if (DAYS.has(field)) return formatShortDay(value);
    if (field === 'status') return isDossierStatus(value) ? statusLabel(value) : value;
    if (field === 'channel') return lookup(CHANNEL_LABELS, value);
    if (field === 'satisfaction') return lookup(SATISFACTION_LABELS, value);
    return value;
  }
  if (field === 'supplementRequests' && Array.isArray(value)) return requestsInWords(value);
  if (field === 'apology' && isRecord(value) && typeof value['newDate'] === 'string') {
    const day = formatShortDay(value['newDate']);
    return typeof value['reason'] === 'string' ? t('hẹn lại {day} ({reason})', { day, reason: value['reason'] }) : t('hẹn lại {day}', { day });
  }
  return typeof value === 'number' ? String(value) : t('đã thay đổi');
}

function requestsInWords(requests: readonly unknown[]): string | null {
  const last = requests.at(-1);
  if (last === undefined) return null;
  const waiting = isRecord(last) && last['returnedAt'] === undefined;
  return waiting ? t('{count} lần, đang chờ', { count: requests.length }) : t('{count} lần, đã nhận đủ', { count: requests.length });
}

/** A domain label (Vietnamese) translated, or the raw value when the map does not know it. */
function lookup(labels: Readonly<Record<string, string>>, value: string): string {
  const label = labels[value];
  return label === undefined ? value : t(label);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
