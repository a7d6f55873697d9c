import type { ResultFlags } from '../../domain/dossierLifecycle.ts';
import type { Dossier } from '../../domain/dossier.ts';
import { t, tc } from '../../ui/i18n/t.ts';
import { resultFlagLabel } from './resultFlags.ts';

/** A dossier field the history names. */
export type LabelledField = Exclude<keyof Dossier, 'schemaVersion' | 'id' | 'updatedAt'>;

const flag = (name: keyof ResultFlags) => () => resultFlagLabel(name);

const FIELD_LABELS: Readonly<Record<LabelledField, () => string>> = {
  code: () => t('Mã hồ sơ'),
  procedure: () => t('Thủ tục'),
  channel: () => t('Hình thức nộp'),
  officerId: () => t('Cán bộ tiếp nhận'),
  applicant: () => t('Người nộp hồ sơ'),
  receivedAt: () => t('Thời điểm tiếp nhận'),
  dueDate: () => t('Hạn giải quyết'),
  appointmentDate: () => t('Ngày hẹn trả'),
  status: () => t('Trạng thái'),
  supplementRequests: () => tc('field', 'Yêu cầu bổ sung'),
  apology: () => tc('field', 'Xin lỗi, hẹn lại'),
  resolvedAt: () => t('Thời điểm giải quyết'),
  returnedAt: () => t('Thời điểm trả kết quả'),
  endedAt: () => t('Thời điểm kết thúc'),
  endReason: () => t('Lý do kết thúc'),
  digitized: flag('digitized'),
  electronicResult: flag('electronicResult'),
  reusedData: flag('reusedData'),
  paidOnline: flag('paidOnline'),
  syncedToPortal: flag('syncedToPortal'),
  electronicCertifiedCopy: flag('electronicCertifiedCopy'),
  returnedByPost: () => t('Trả qua bưu chính công ích'),
  satisfaction: () => t('Mức độ hài lòng'),
  complaint: () => t('Có phản ánh'),
  voidedAt: () => t('Hủy (nhập nhầm)'),
};

/** The name of a dossier's field as the history shows it (the raw name for an unknown one). */
export function fieldLabel(field: string): string {
  return Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field as LabelledField]() : field;
}
