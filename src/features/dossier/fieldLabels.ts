import type { Dossier } from '../../domain/dossier.ts';
import { RESULT_FLAG_LABELS } from './resultFlags.ts';

/** Vietnamese names of a dossier's fields, as the history shows them. */
export const FIELD_LABELS: Readonly<Record<Exclude<keyof Dossier, 'schemaVersion' | 'id' | 'updatedAt'>, string>> = {
  code: 'Mã hồ sơ',
  procedure: 'Thủ tục',
  channel: 'Hình thức nộp',
  officerId: 'Cán bộ tiếp nhận',
  applicant: 'Người nộp hồ sơ',
  receivedAt: 'Thời điểm tiếp nhận',
  dueDate: 'Hạn giải quyết',
  appointmentDate: 'Ngày hẹn trả',
  status: 'Trạng thái',
  supplementRequests: 'Yêu cầu bổ sung',
  apology: 'Xin lỗi, hẹn lại',
  resolvedAt: 'Thời điểm giải quyết',
  returnedAt: 'Thời điểm trả kết quả',
  endedAt: 'Thời điểm kết thúc',
  endReason: 'Lý do kết thúc',
  ...RESULT_FLAG_LABELS,
  returnedByPost: 'Trả qua bưu chính công ích',
  satisfaction: 'Mức độ hài lòng',
  complaint: 'Có phản ánh',
  voidedAt: 'Hủy (nhập nhầm)',
};
