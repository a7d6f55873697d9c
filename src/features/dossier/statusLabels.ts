import type { DossierStatus } from '../../domain/dossier.ts';

/** Vietnamese words for a dossier's status (header and history). */
export const STATUS_LABELS: Readonly<Record<DossierStatus, string>> = {
  received: 'Đã tiếp nhận',
  resolved: 'Đã giải quyết',
  returned: 'Đã trả kết quả',
  rejected: 'Đã từ chối',
  withdrawn: 'Công dân đã rút',
  stopped: 'Đã dừng giải quyết',
};
