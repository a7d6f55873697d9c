import type { SyncStatus } from '../../sync/client/syncStatus.ts';
import { t } from '../../ui/i18n/t.ts';

/** The connection state in a few words, as the status bar and "Đồng bộ" show it. */
export function phaseText(phase: SyncStatus['phase']): string {
  switch (phase) {
    case 'offline':
      return t('Ngoại tuyến');
    case 'syncing':
      return t('Đang đồng bộ…');
    case 'unenrolled':
      return t('Chưa đăng ký thiết bị — dữ liệu chỉ lưu trên máy');
    default:
      return t('Trực tuyến');
  }
}
