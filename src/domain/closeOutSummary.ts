import type { CloseOutFigures } from './closeOutFigures.ts';
import { VIETNAM_OFFSET_MS, type DateKey } from './vietnamTime.ts';

/** What the summary of a day's close-out is made of. */
export interface CloseOutSummaryInput {
  readonly unitName: string | null;
  readonly officerName: string | null;
  readonly day: DateKey;
  /** When the figures were confirmed (null: not confirmed yet, the line is left out). */
  readonly confirmedAt: string | null;
  readonly figures: CloseOutFigures;
}

const count = new Intl.NumberFormat('vi-VN');

/**
 * The day's close-out as a short Vietnamese text for the office's chat group: always in
 * Vietnamese, with vi-VN numbers (1.234) and dd/mm/yyyy dates, whatever the interface language,
 * since it is sent to the office. "Trực tuyến" joins online in full and in part (Biểu 06 splits
 * online from in person or by post).
 */
export function closeOutSummary(input: CloseOutSummaryInput): string {
  const f = input.figures;
  const n = (value: number) => count.format(value);
  const [year, month, day] = input.day.split('-');
  const who = [input.unitName, input.officerName].filter((s): s is string => s !== null && s.trim() !== '').join(' – ');
  const online = f.receivedByChannel.online_full + f.receivedByChannel.online_partial;
  const lines = [
    ...(who === '' ? [] : [who]),
    `Chốt số liệu ngày ${day}/${month}/${year}`,
    `Tiếp nhận: ${n(f.received)} (trực tuyến ${n(online)}, trực tiếp ${n(f.receivedByChannel.in_person)}, bưu chính ${n(f.receivedByChannel.postal)})`,
    `Đã giải quyết: ${n(f.resolved)} (trước hạn ${n(f.resolvedEarly)}, đúng hạn ${n(f.resolvedOnTime)}, quá hạn ${n(f.resolvedLate)})`,
    `Đã trả kết quả: ${n(f.returned)}`,
    `Từ chối, rút, dừng: ${n(f.ended)}`,
    `Đang giải quyết: ${n(f.pending)} (quá hạn ${n(f.pendingOverdue)})`,
    ...(input.confirmedAt === null ? [] : [`Chốt lúc ${vietnamClock(input.confirmedAt)}`]),
  ];
  return lines.join('\n');
}

/** "16:45": the Vietnam time of an instant. */
function vietnamClock(instant: string): string {
  return new Date(Date.parse(instant) + VIETNAM_OFFSET_MS).toISOString().slice(11, 16);
}
