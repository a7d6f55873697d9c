import { t } from '../../ui/i18n/t.ts';

/** How far ahead of the phone's clock a typed time may be (two clocks never agree to the second). */
const AHEAD_TOLERANCE_MS = 5 * 60 * 1000;

/** Why a typed "Thời điểm tiếp nhận" cannot be saved, or null: it must be a full date and time, not in the future. */
export function receivedAtProblem(at: Date | null, now: Date): string | null {
  if (at === null) return t('Hãy nhập đủ ngày và giờ tiếp nhận.');
  if (at.getTime() > now.getTime() + AHEAD_TOLERANCE_MS) return t('Thời điểm tiếp nhận không được sau giờ hiện tại.');
  return null;
}
