import type { RejectedChange } from '../../data/quarantineStore.ts';
import { formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

/** The line that names a rejected change's record: "Đăng ký khai sinh · HS-001", "Phản ánh: …". */
export function rejectedTitle(change: RejectedChange): string {
  const s = change.subject;
  if (s.kind === 'feedback') return t('Phản ánh: {subject}', { subject: s.subject ?? t('không đọc được nội dung') });
  const name = s.procedureName ?? t('Hồ sơ không đọc được thủ tục');
  return s.code === null ? name : `${name} · ${s.code}`;
}

/** "Tiếp nhận 09:41 26/11/2026 · sửa lúc 10:02 26/11/2026" (Vietnam time). */
export function rejectedWhen(change: RejectedChange): string {
  const changed = t('thay đổi lúc {time}', { time: formatDateTime(change.at) });
  const received = change.subject.receivedAt;
  return received === null || Number.isNaN(Date.parse(received)) ? changed : `${t('Tiếp nhận {time}', { time: formatDateTime(received) })} · ${changed}`;
}
