/**
 * Stable ids of every indicator computed from dossiers (DOMAIN.md §4). Ids never change
 * meaning: a new definition gets a new id, so stored plans and reports stay comparable.
 */
export const INDICATOR_IDS = [
  /** Hồ sơ trực tuyến (toàn trình + một phần) / hồ sơ tiếp nhận. */
  'online_received',
  /** Hồ sơ xử lý hoàn toàn trực tuyến (toàn trình) / hồ sơ tiếp nhận. */
  'fully_online_received',
  /** Hồ sơ được số hóa (hồ sơ, kết quả) / hồ sơ tiếp nhận. */
  'digitized',
  /** Hồ sơ được cấp kết quả điện tử / hồ sơ đã giải quyết. */
  'electronic_result',
  /** Hồ sơ khai thác, sử dụng lại dữ liệu số hóa / hồ sơ tiếp nhận. */
  'reused_data',
  /** Hồ sơ thanh toán trực tuyến / hồ sơ có phí, lệ phí. */
  'online_payment',
  /** TTHC có nghĩa vụ tài chính có ít nhất 1 hồ sơ thanh toán trực tuyến / TTHC có nghĩa vụ tài chính. */
  'procedures_paid_online',
  /** Kết quả xử lý được đồng bộ lên Cổng DVCQG / hồ sơ đã giải quyết. */
  'portal_synced',
  /** Hồ sơ giải quyết trước hạn và đúng hạn / hồ sơ đã kết thúc. */
  'on_time',
  /** Hồ sơ trả trước hạn / hồ sơ đã kết thúc. */
  'early',
  /** Hồ sơ tiếp nhận hoặc trả kết quả qua bưu chính công ích / hồ sơ tiếp nhận. */
  'postal',
  /** Hồ sơ được đánh giá hài lòng / hồ sơ được đánh giá. */
  'satisfaction_rated',
  /** Công thức QĐ 766: (tất cả − không hài lòng, bị phản ánh, quá hạn) / tất cả hồ sơ đã kết thúc. */
  'satisfaction_766',
  /** Chứng thực bản sao điện tử / hồ sơ chứng thực bản sao. */
  'electronic_certified_copy',
  /** Hồ sơ trễ hạn có văn bản xin lỗi / hồ sơ trễ hạn. */
  'late_with_apology',
  /** Phản ánh, kiến nghị xử lý đúng hạn / phản ánh, kiến nghị đã xử lý. */
  'feedback_on_time',
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];
