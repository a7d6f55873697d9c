import { CHANNEL_LABELS, type Channel } from '../channel.ts';
import { foldVietnamese } from '../csv/normalizeHeader.ts';
import { SATISFACTION_LABELS, type Satisfaction } from '../satisfaction.ts';

/** A cell read as a value, or the reason it could not be (Vietnamese, without the line). */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(message: string): Read<T> => ({ ok: false, message });

/** Folded text → channel. Plain "trực tuyến" is read as "một phần": online either way (Biểu 06). */
const CHANNELS: ReadonlyMap<string, Channel> = new Map([
  ...Object.entries(CHANNEL_LABELS).map(([channel, label]) => [foldVietnamese(label), channel as Channel] as const),
  ['truc tiep tai bo phan mot cua', 'in_person'],
  ['buu chinh', 'postal'],
  ['bcci', 'postal'],
  ['qua buu chinh', 'postal'],
  ['toan trinh', 'online_full'],
  ['mot phan', 'online_partial'],
  ['truc tuyen', 'online_partial'],
  ['dvc truc tuyen', 'online_partial'],
]);

/** "Hình thức nộp"; blank is "Trực tiếp", as a paper register rarely records it. */
export function readChannel(text: string): Read<Channel> {
  const folded = foldVietnamese(text);
  if (folded === '') return ok('in_person');
  const channel = CHANNELS.get(folded);
  return channel === undefined
    ? bad(`«Hình thức nộp» phải là "Trực tiếp", "Trực tuyến toàn trình", "Trực tuyến một phần" hoặc "Bưu chính" (đang là "${text.trim()}")`)
    : ok(channel);
}

const YES = new Set(['co', 'x', '1', 'yes', 'true', 'dung', 'da']);
const NO = new Set(['', 'khong', '0', 'no', 'false', 'sai', 'chua']);

/** A yes/no column: "Có"/"Không", "x", "1"/"0", TRUE/FALSE; blank is no. */
export function readYesNo(text: string, header: string): Read<boolean> {
  const folded = foldVietnamese(text);
  if (YES.has(folded)) return ok(true);
  if (NO.has(folded)) return ok(false);
  return bad(`«${header}» phải là "Có" hoặc "Không" (đang là "${text.trim()}")`);
}

const SATISFACTIONS: ReadonlyMap<string, Satisfaction> = new Map(
  Object.entries(SATISFACTION_LABELS).map(([level, label]) => [foldVietnamese(label), level as Satisfaction] as const),
);

/** "Mức độ hài lòng": one of the four faces, or blank (not rated). */
export function readSatisfaction(text: string): Read<Satisfaction | undefined> {
  const folded = foldVietnamese(text);
  if (folded === '') return ok(undefined);
  const level = SATISFACTIONS.get(folded);
  return level === undefined
    ? bad(`«Mức độ hài lòng» phải là "Rất hài lòng", "Hài lòng", "Chấp nhận được" hoặc "Không hài lòng" (đang là "${text.trim()}")`)
    : ok(level);
}

/** What "Trạng thái" may say; blank means "follow the dates". */
export type StatusWord = 'in_progress' | 'resolved' | 'returned' | 'rejected' | 'withdrawn' | 'stopped';

const STATUSES: ReadonlyMap<string, StatusWord> = new Map([
  ['dang giai quyet', 'in_progress'],
  ['dang xu ly', 'in_progress'],
  ['chua giai quyet', 'in_progress'],
  ['da tiep nhan', 'in_progress'],
  ['da giai quyet', 'resolved'],
  ['giai quyet xong', 'resolved'],
  ['da co ket qua', 'resolved'],
  ['da tra ket qua', 'returned'],
  ['da tra', 'returned'],
  ['tu choi', 'rejected'],
  ['da tu choi', 'rejected'],
  ['rut ho so', 'withdrawn'],
  ['rut', 'withdrawn'],
  ['cong dan rut ho so', 'withdrawn'],
  ['dung', 'stopped'],
  ['dung giai quyet', 'stopped'],
]);

/** "Trạng thái". */
export function readStatus(text: string): Read<StatusWord | undefined> {
  const folded = foldVietnamese(text);
  if (folded === '') return ok(undefined);
  const status = STATUSES.get(folded);
  return status === undefined
    ? bad(
        `«Trạng thái» phải là "Đang giải quyết", "Đã giải quyết", "Đã trả kết quả", "Từ chối", "Rút hồ sơ" hoặc "Dừng giải quyết" (đang là "${text.trim()}")`,
      )
    : ok(status);
}

/** "Thời hạn (ngày làm việc)": a whole number of working days, 0 or "trong ngày" for same-day procedures. */
export function readWorkingDays(text: string): Read<number | undefined> {
  const folded = foldVietnamese(text);
  if (folded === '') return ok(undefined);
  if (folded === 'trong ngay') return ok(0);
  const amount = Number(folded.replace(/\s*ngay( lam viec)?$/, ''));
  if (!Number.isInteger(amount) || amount < 0 || amount > 365) {
    return bad(`«Thời hạn (ngày làm việc)» phải là số ngày làm việc từ 0 đến 365, hoặc "trong ngày" (đang là "${text.trim()}")`);
  }
  return ok(amount);
}
