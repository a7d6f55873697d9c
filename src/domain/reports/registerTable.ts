import type { Channel } from '../channel.ts';
import { outcomeOf, type ApologyRule, type Outcome } from '../deadlines/outcome.ts';
import { pendingStatusAt } from '../deadlines/pendingStatus.ts';
import { isVoided, openSupplementRequest, type Dossier } from '../dossier.ts';
import type { Cell, Table } from '../export/table.ts';
import type { DayRange } from '../periods/dayRange.ts';
import { vietnamDateKey } from '../vietnamTime.ts';
import { reportDay, reportInstant, reportInstantDay } from './reportFormat.ts';

/** How a register (Mẫu 07) is printed or exported. */
export interface RegisterTableOptions {
  /** The unit (UBND xã, phường): the title and the "Cơ quan chủ trì giải quyết" column. */
  unitName: string;
  /** "Tháng 10/2026". */
  periodLabel: string;
  /** Fill "Tên tổ chức, cá nhân" and "Địa chỉ, số điện thoại": off unless the officer asks (Decree 13/2023/NĐ-CP). */
  includePersonal: boolean;
  /** Officer ids → names: "Người tiếp nhận" in the notes when known. */
  officerNames?: ReadonlyMap<string, string>;
  /**
   * The instant the notes of dossiers still in progress are judged at ("Quá hạn"), typically
   * the period's end or now; without it an open dossier reads only "Đang giải quyết".
   */
  asOf?: string;
  apologyRule?: ApologyRule;
}

/**
 * The register's entries for a period: received on a Vietnam calendar day of the range,
 * voided entries (undone mistakes) left out, oldest first by receipt time (then id, so two
 * dossiers received in the same second keep one order).
 */
export function registerDossiers(dossiers: Iterable<Dossier>, range: DayRange): Dossier[] {
  const entries: Dossier[] = [];
  for (const d of dossiers) {
    if (isVoided(d)) continue;
    const day = vietnamDateKey(d.receivedAt);
    if (day >= range.start && day <= range.end) entries.push(d);
  }
  return entries.sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Columns of Mẫu 07, Sổ theo dõi hồ sơ (Circular 03/2025/TT-VPCP; DOMAIN.md §2). The five
 * dates are grouped under "Ngày, tháng, năm" (a null header cell continues the one to its left).
 */
export const REGISTER_HEADER: readonly (readonly (string | null)[])[] = [
  ['TT', 'Mã hồ sơ', 'Tên TTHC', 'Số lượng hồ sơ', 'Tên tổ chức, cá nhân', 'Địa chỉ, số điện thoại', 'Cơ quan chủ trì giải quyết', 'Ngày, tháng, năm', null, null, null, null, 'Ký nhận', 'Ghi chú'],
  ['', '', '', '', '', '', '', 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Chuyển hồ sơ đến cơ quan giải quyết', 'Nhận kết quả từ cơ quan giải quyết', 'Trả kết quả', '', ''],
];

/**
 * The register as a table, one line per dossier in the given order, TT counted from 1.
 *
 * What fills the columns the dossier has no field for:
 * - Số lượng hồ sơ: 1 (one entry is one dossier);
 * - Cơ quan chủ trì giải quyết: the unit itself (a commune desk resolves its own dossiers);
 * - Chuyển hồ sơ đến cơ quan giải quyết: empty (the app does not record a hand-over);
 * - Nhận kết quả từ cơ quan giải quyết: the day the dossier was resolved;
 * - Ký nhận: empty, for a signature on the printed sheet.
 */
export function registerTable(dossiers: readonly Dossier[], options: RegisterTableOptions): Table {
  const rows = dossiers.map((d, index): Cell[] => {
    const applicant = options.includePersonal ? d.applicant : undefined;
    const contact = [applicant?.address, applicant?.phone].filter((part): part is string => part !== undefined && part !== '').join('; ');
    return [
      index + 1,
      d.code ?? '',
      d.procedure.name,
      1,
      applicant?.name ?? '',
      contact,
      options.unitName,
      reportInstant(d.receivedAt),
      reportDay(d.appointmentDate),
      '',
      d.resolvedAt === undefined ? '' : reportInstantDay(d.resolvedAt),
      d.returnedAt === undefined ? '' : reportInstantDay(d.returnedAt),
      '',
      registerNote(d, options),
    ];
  });
  return { name: 'So-theo-doi', title: [options.unitName, 'SỔ THEO DÕI HỒ SƠ', options.periodLabel], header: REGISTER_HEADER, rows };
}

const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Trễ hạn' };
const ENDED_WORDS = { rejected: 'Từ chối', withdrawn: 'Rút hồ sơ', stopped: 'Dừng giải quyết' } as const;
const CHANNEL_NOTES: Readonly<Partial<Record<Channel, string>>> = {
  postal: 'Nộp qua bưu chính công ích',
  online_partial: 'Nộp trực tuyến một phần',
  online_full: 'Nộp trực tuyến toàn trình',
};

/**
 * Ghi chú: how it stands (Trước hạn / Đúng hạn / Trễ hạn for a result; "Từ chối: lý do";
 * "Chờ bổ sung" while the citizen's documents are awaited; "Quá hạn" for one still open past
 * its date at `asOf`), then the channel when not at the desk, supplements, an apology's new
 * date, a result sent by post, and who received it.
 */
export function registerNote(d: Dossier, options: Pick<RegisterTableOptions, 'officerNames' | 'asOf' | 'apologyRule'>): string {
  const notes: string[] = [statusNote(d, options)];
  const channel = CHANNEL_NOTES[d.channel];
  if (channel !== undefined) notes.push(channel);
  const answered = d.supplementRequests.filter((r) => r.returnedAt !== undefined).length;
  if (answered > 0) notes.push(`Đã bổ sung ${answered} lần`);
  if (d.apology !== undefined) notes.push(`Xin lỗi, hẹn lại ${reportDay(d.apology.newDate)}`);
  if (d.returnedByPost) notes.push('Trả qua bưu chính');
  const officer = d.officerId === undefined ? undefined : options.officerNames?.get(d.officerId);
  if (officer !== undefined) notes.push(`Người tiếp nhận: ${officer}`);
  return notes.join('; ');
}

function statusNote(d: Dossier, options: Pick<RegisterTableOptions, 'asOf' | 'apologyRule'>): string {
  const rule = options.apologyRule ?? 'judge_by_due_date';
  switch (d.status) {
    case 'received': {
      const waiting = openSupplementRequest(d);
      if (waiting !== undefined) return `Chờ bổ sung từ ${reportInstantDay(waiting.requestedAt)}`;
      const standing = options.asOf === undefined ? null : pendingStatusAt(d, options.asOf, rule);
      return standing === 'overdue' ? 'Đang giải quyết, quá hạn' : 'Đang giải quyết';
    }
    case 'resolved':
    case 'returned': {
      const outcome = outcomeOf(d, rule);
      return outcome === null ? 'Đã giải quyết' : OUTCOME_WORDS[outcome];
    }
    case 'rejected':
    case 'withdrawn':
    case 'stopped':
      return d.endReason === undefined || d.endReason === '' ? ENDED_WORDS[d.status] : `${ENDED_WORDS[d.status]}: ${d.endReason}`;
  }
}
