import * as v from 'valibot';
import { legalDueDate } from '../deadlines/dueDate.ts';
import { DOSSIER_SCHEMA_VERSION, DossierSchema, NO_FACTS_YET, normalizeDossierCode, type Dossier, type DossierStatus } from '../dossier.ts';
import { vietnamDateKey } from '../vietnamTime.ts';
import type { WorkingDayCalendar } from '../workingDays.ts';
import { parseVietnamDateTime, vietnamInstant, type VietnamDateTime } from './importDates.ts';
import type { ProcedureLookup } from './importProcedure.ts';
import { readChannel, readSatisfaction, readStatus, readWorkingDays, readYesNo, type Read, type StatusWord } from './importValues.ts';
import { headerOf, type RegisterField } from './registerColumns.ts';

/** What every row of one import is read with. */
export interface RowContext {
  readonly procedures: ProcedureLookup;
  readonly calendar: WorkingDayCalendar;
  /** Stamped on every imported dossier (the officer the register belongs to), when known. */
  readonly officerId?: string;
  /** Dates after this (plus a day, for clocks a little ahead) are refused as typing mistakes. */
  readonly now: Date;
}

/** A row read: the dossier (with a placeholder id) and what identifies it across imports. */
export interface ReadRow {
  readonly dossier: Dossier;
  /** The row's identifying content, independent of the unit and of the catalogue. */
  readonly identity: string;
}

/** A row read, or every problem found in it. */
export type RowRead = { readonly ok: true; readonly value: ReadRow } | { readonly ok: false; readonly messages: readonly string[] };

/** A date without a time: receipt at the start of office hours, later events at its end. */
const DEFAULT_RECEIPT_MINUTES = 8 * 60;
const DEFAULT_END_MINUTES = 17 * 60;
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
const EARLIEST_YEAR = 2000;
/** Replaced by the derived id (importIds.ts); valid so the schema can check the rest. */
export const PLACEHOLDER_ID = '00000000-0000-7000-8000-000000000000';

const DATE_FORMAT = 'dd/mm/yyyy hh:mm hoặc dd/mm/yyyy';

/**
 * One register row as a dossier, or every problem found in it (Vietnamese, without the
 * line number). `cell` reads a field's text ('' when the column is absent).
 */
export function readRegisterRow(cell: (field: RegisterField) => string, context: RowContext): RowRead {
  const problems: string[] = [];
  const take = <T>(read: Read<T>, fallback: T): T => {
    if (read.ok) return read.value;
    problems.push(read.message);
    return fallback;
  };

  const workingDays = take(readWorkingDays(cell('timeLimit')), undefined);
  const procedure = take(
    context.procedures.resolve({ code: cell('procedureCode'), name: cell('procedureName'), field: cell('field'), workingDays }),
    undefined,
  );
  const channel = take(readChannel(cell('channel')), 'in_person');
  const statusWord = take(readStatus(cell('status')), undefined);
  const satisfaction = take(readSatisfaction(cell('satisfaction')), undefined);
  const flag = (field: RegisterField) => take(readYesNo(cell(field), headerOf(field)), false);
  const flags = {
    digitized: flag('digitized'),
    electronicResult: flag('electronicResult'),
    reusedData: flag('reusedData'),
    paidOnline: flag('paidOnline'),
    syncedToPortal: flag('syncedToPortal'),
    returnedByPost: flag('returnedByPost'),
  };

  const date = (field: RegisterField): VietnamDateTime | undefined => {
    const text = cell(field);
    if (text === '') return undefined;
    const parsed = parseVietnamDateTime(text);
    if (parsed === null) problems.push(`«${headerOf(field)}» phải có dạng ${DATE_FORMAT} (đang là "${text}")`);
    else if (Number(parsed.day.slice(0, 4)) < EARLIEST_YEAR) problems.push(`«${headerOf(field)}» trước năm ${EARLIEST_YEAR} (đang là "${text}")`);
    else return parsed;
    return undefined;
  };
  const phone = cell('phone');
  // The same rule as ApplicantSchema.phone, said in the officer's terms.
  if (!/^[0-9+ .()-]{0,20}$/.test(phone)) problems.push(`«${headerOf('phone')}» chỉ gồm chữ số, dấu cách và + . ( ) -, tối đa 20 ký tự (đang là "${phone}")`);
  const received = date('receivedAt');
  if (cell('receivedAt') === '') problems.push(`thiếu «${headerOf('receivedAt')}»`);
  const appointment = date('appointmentDate');
  const resolved = date('resolvedAt');
  const returned = date('returnedAt');

  if (received === undefined || procedure === undefined || problems.length > 0) return { ok: false, messages: problems };

  const receivedAt = vietnamInstant(received.day, received.hasTime ? received.minutes : DEFAULT_RECEIPT_MINUTES);
  /** A later event: its own time, or the end of office hours (never before the event it follows). */
  const after = (at: VietnamDateTime, previous: string): string => {
    if (at.hasTime) return vietnamInstant(at.day, at.minutes);
    const end = vietnamInstant(at.day, DEFAULT_END_MINUTES);
    return vietnamDateKey(previous) === at.day && previous > end ? previous : end;
  };
  const resolvedAt = resolved === undefined ? undefined : after(resolved, receivedAt);
  const returnedAt = returned === undefined ? undefined : after(returned, resolvedAt ?? receivedAt);

  if (resolvedAt !== undefined && resolvedAt < receivedAt) problems.push(`«${headerOf('resolvedAt')}» trước «${headerOf('receivedAt')}»`);
  if (returnedAt !== undefined && returnedAt < (resolvedAt ?? receivedAt)) {
    problems.push(`«${headerOf('returnedAt')}» trước «${resolvedAt !== undefined ? headerOf('resolvedAt') : headerOf('receivedAt')}»`);
  }
  const latest = context.now.getTime() + FUTURE_TOLERANCE_MS;
  for (const [field, at] of [['receivedAt', receivedAt], ['resolvedAt', resolvedAt], ['returnedAt', returnedAt]] as const) {
    if (at !== undefined && Date.parse(at) > latest) problems.push(`«${headerOf(field)}» ở tương lai (${cell(field)})`);
  }
  if (appointment !== undefined && appointment.day < received.day) problems.push(`«${headerOf('appointmentDate')}» trước «${headerOf('receivedAt')}»`);

  const outcome = statusOf(statusWord, resolvedAt, returnedAt, problems);
  if (outcome === undefined || problems.length > 0) return { ok: false, messages: problems };

  const dueDate = appointment?.day ?? legalDueDate(receivedAt, procedure, [], context.calendar);
  const code = normalizeDossierCode(cell('code'));
  const applicant = {
    ...(cell('applicantName') !== '' ? { name: cell('applicantName') } : {}),
    ...(cell('address') !== '' ? { address: cell('address') } : {}),
    ...(cell('phone') !== '' ? { phone: cell('phone') } : {}),
  };
  const note = cell('note');
  const ended = outcome.status === 'rejected' || outcome.status === 'withdrawn' || outcome.status === 'stopped';
  const times = [receivedAt, outcome.resolvedAt, outcome.returnedAt, outcome.endedAt].filter((t): t is string => t !== undefined);
  const candidate: Dossier = {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: PLACEHOLDER_ID,
    ...(code !== '' ? { code } : {}),
    procedure,
    channel,
    ...(context.officerId !== undefined ? { officerId: context.officerId } : {}),
    ...(Object.keys(applicant).length > 0 ? { applicant } : {}),
    receivedAt,
    dueDate,
    appointmentDate: dueDate,
    status: outcome.status,
    supplementRequests: [],
    ...(outcome.resolvedAt !== undefined ? { resolvedAt: outcome.resolvedAt } : {}),
    ...(outcome.returnedAt !== undefined ? { returnedAt: outcome.returnedAt } : {}),
    ...(outcome.endedAt !== undefined ? { endedAt: outcome.endedAt } : {}),
    ...(ended && note !== '' ? { endReason: note.slice(0, 500) } : {}),
    ...NO_FACTS_YET,
    ...flags,
    ...(satisfaction !== undefined ? { satisfaction } : {}),
    updatedAt: times.reduce((a, b) => (b > a ? b : a)),
  };
  const parsed = v.safeParse(DossierSchema, candidate);
  if (!parsed.success) return { ok: false, messages: parsed.issues.map((issue) => schemaMessage(issue)) };
  const identity = JSON.stringify([
    code,
    cell('procedureCode'),
    foldForIdentity(cell('procedureName')),
    receivedAt,
    channel,
    foldForIdentity(cell('applicantName')),
  ]);
  return { ok: true, value: { dossier: parsed.output, identity } };
}

function foldForIdentity(text: string): string {
  // toLowerCase: Vietnamese has no locale-specific casing, and it is many times faster than toLocaleLowerCase.
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const SCHEMA_FIELD_HEADERS: Readonly<Record<string, RegisterField>> = {
  code: 'code',
  applicant: 'applicantName',
  'applicant.name': 'applicantName',
  'applicant.address': 'address',
  'applicant.phone': 'phone',
  endReason: 'note',
};

function schemaMessage(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const field = path === null ? undefined : SCHEMA_FIELD_HEADERS[path];
  return field === undefined ? issue.message : `«${headerOf(field)}» ${issue.message}`;
}

interface Outcome {
  readonly status: DossierStatus;
  readonly resolvedAt?: string;
  readonly returnedAt?: string;
  readonly endedAt?: string;
}

/** The dossier's status and end times, from "Trạng thái" or, when blank, from which dates are filled. */
function statusOf(word: StatusWord | undefined, resolvedAt: string | undefined, returnedAt: string | undefined, problems: string[]): Outcome | undefined {
  const resolvedHeader = headerOf('resolvedAt');
  const returnedHeader = headerOf('returnedAt');
  switch (word) {
    case undefined:
    case 'resolved':
    case 'returned':
      if (word === 'resolved' && resolvedAt === undefined && returnedAt === undefined) {
        problems.push(`«Trạng thái» là đã giải quyết nhưng thiếu «${resolvedHeader}»`);
        return undefined;
      }
      if (word === 'returned' && returnedAt === undefined) {
        problems.push(`«Trạng thái» là đã trả kết quả nhưng thiếu «${returnedHeader}»`);
        return undefined;
      }
      if (returnedAt !== undefined) return { status: 'returned', resolvedAt: resolvedAt ?? returnedAt, returnedAt };
      if (resolvedAt !== undefined) return { status: 'resolved', resolvedAt };
      return { status: 'received' };
    case 'in_progress':
      if (resolvedAt !== undefined || returnedAt !== undefined) {
        problems.push(`«Trạng thái» là đang giải quyết nhưng đã có «${resolvedAt !== undefined ? resolvedHeader : returnedHeader}»`);
        return undefined;
      }
      return { status: 'received' };
    case 'rejected':
    case 'withdrawn':
    case 'stopped':
      if (returnedAt !== undefined) {
        problems.push(`hồ sơ bị từ chối, rút hoặc dừng không có «${returnedHeader}»`);
        return undefined;
      }
      if (resolvedAt === undefined) {
        problems.push(`hồ sơ bị từ chối, rút hoặc dừng cần ngày kết thúc ở cột «${resolvedHeader}»`);
        return undefined;
      }
      return { status: word, endedAt: resolvedAt };
  }
}
