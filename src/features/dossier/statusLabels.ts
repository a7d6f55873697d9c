import type { DossierStatus } from '../../domain/dossier.ts';
import { t } from '../../ui/i18n/t.ts';

const STATUS_LABELS: Readonly<Record<DossierStatus, () => string>> = {
  received: () => t('Đã tiếp nhận'),
  resolved: () => t('Đã giải quyết'),
  returned: () => t('Đã trả kết quả'),
  rejected: () => t('Đã từ chối'),
  withdrawn: () => t('Công dân đã rút'),
  stopped: () => t('Đã dừng giải quyết'),
};

/** A dossier's status in words, in the interface language (header and history). */
export function statusLabel(status: DossierStatus): string {
  return STATUS_LABELS[status]();
}

/** True for a known status value (history entries hold plain strings). */
export function isDossierStatus(value: string): value is DossierStatus {
  return Object.hasOwn(STATUS_LABELS, value);
}
