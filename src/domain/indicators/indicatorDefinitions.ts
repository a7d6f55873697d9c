import type { Ratio } from '../ratio.ts';
import type { CounterName } from './counters.ts';
import type { IndicatorId } from './indicatorId.ts';
import type { PeriodTotals } from './periodTotals.ts';

/** One indicator: what it counts, where the rule comes from, and how it is computed. */
export interface IndicatorDefinition {
  readonly id: IndicatorId;
  /** Bumped when the computation changes meaning; stored results name the version they used. */
  readonly version: number;
  readonly label: string;
  readonly numerator: string;
  readonly denominator: string;
  /** The plan rows or legal text this indicator comes from. */
  readonly basis: string;
  readonly compute: (t: PeriodTotals) => Ratio;
  /** The counters that put one dossier in the numerator and the denominator ("Xem hồ sơ"); none for feedback. */
  readonly drill: { readonly numerator: readonly CounterName[]; readonly denominator: CounterName } | null;
}

const r = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });
const NQ01_02 = 'Nghị quyết 01/NQ-CP và 02/NQ-CP hằng năm; Công văn 221/VPCP-KSTT (2024), 476/VPCP-KSTT (2025)';

/** The catalogue, in the order plans usually list them. Definitions identical on device and server. */
export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  {
    id: 'online_received', version: 1, label: 'Tỷ lệ hồ sơ trực tuyến', numerator: 'Hồ sơ nộp trực tuyến (toàn trình và một phần)', denominator: 'Hồ sơ tiếp nhận',
    basis: `${NQ01_02}; KH 000 I.2, KH 002 1.3, KH 003 5.3, KH 004 I.2`, compute: ({ counters: c }) => r(c.receivedOnline, c.received),
    drill: { numerator: ['receivedOnline'], denominator: 'received' }
  },
  {
    id: 'fully_online_received', version: 1, label: 'Tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến', numerator: 'Hồ sơ trực tuyến toàn trình', denominator: 'Hồ sơ tiếp nhận',
    basis: 'KH 001 III.4.2 (trên 70%); KH 004 phần nội dung', compute: ({ counters: c }) => r(c.receivedFullyOnline, c.received),
    drill: { numerator: ['receivedFullyOnline'], denominator: 'received' }
  },
  {
    id: 'digitized', version: 1, label: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', numerator: 'Hồ sơ được số hóa', denominator: 'Hồ sơ tiếp nhận',
    basis: `${NQ01_02}; KH 000 I.3, KH 001 III.1.1, KH 002 1.4, KH 003 3.2, KH 004 I.3`, compute: ({ counters: c }) => r(c.digitized, c.received),
    drill: { numerator: ['digitized'], denominator: 'received' }
  },
  {
    id: 'electronic_result', version: 1, label: 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', numerator: 'Hồ sơ có kết quả điện tử', denominator: 'Hồ sơ đã giải quyết',
    basis: `${NQ01_02}; KH 000 II.1, KH 001 III.1.1, KH 002 2.1, KH 003 5.3, KH 004 III.1`, compute: ({ counters: c }) => r(c.electronicResult, c.resolved),
    drill: { numerator: ['electronicResult'], denominator: 'resolved' }
  },
  {
    id: 'reused_data', version: 1, label: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', numerator: 'Hồ sơ sử dụng lại dữ liệu số hóa', denominator: 'Hồ sơ tiếp nhận',
    basis: `${NQ01_02}; KH 000 II.3, KH 001 III.1.3, KH 002 2.3, KH 003 3.3, KH 004 III.2`, compute: ({ counters: c }) => r(c.reusedData, c.received),
    drill: { numerator: ['reusedData'], denominator: 'received' }
  },
  {
    id: 'online_payment', version: 1, label: 'Tỷ lệ thanh toán trực tuyến', numerator: 'Hồ sơ nộp phí, lệ phí trực tuyến', denominator: 'Hồ sơ có phí, lệ phí',
    basis: `${NQ01_02}; KH 000 I.1, KH 001 III.5.1, KH 002 1.2, KH 003 5.3, KH 004 I.1`, compute: ({ counters: c }) => r(c.paidOnline, c.feeDossiers),
    drill: { numerator: ['paidOnline'], denominator: 'feeDossiers' }
  },
  {
    id: 'procedures_paid_online', version: 1, label: 'Tỷ lệ TTHC có nghĩa vụ tài chính được thanh toán trực tuyến', numerator: 'TTHC có phí có ít nhất 1 hồ sơ thanh toán trực tuyến', denominator: 'TTHC có phí phát sinh hồ sơ',
    basis: 'KH 001 III.5.2 (trên 70%); KH 003 5.3 (100%)', compute: (t) => r(t.proceduresPaidOnline.size, t.proceduresWithFee.size),
    drill: { numerator: ['paidOnline'], denominator: 'feeDossiers' }
  },
  {
    id: 'portal_synced', version: 1, label: 'Tỷ lệ kết quả xử lý hồ sơ được đồng bộ lên Cổng DVCQG', numerator: 'Hồ sơ đã đồng bộ', denominator: 'Hồ sơ đã giải quyết',
    basis: `${NQ01_02}; KH 000 I.4, KH 002 1.5 và 2.5, KH 003 5.3, KH 004 I.4`, compute: ({ counters: c }) => r(c.syncedToPortal, c.resolved),
    drill: { numerator: ['syncedToPortal'], denominator: 'resolved' }
  },
  {
    id: 'on_time', version: 1, label: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn', numerator: 'Hồ sơ trước hạn và đúng hạn', denominator: 'Hồ sơ đã kết thúc',
    basis: 'QĐ 766/QĐ-TTg (tiến độ giải quyết); KH 001 III.2 (trên 99,5%); KH 004 IV.1 (99%, tối thiểu 95%)', compute: ({ counters: c }) => r(c.early + c.onTime, c.finished),
    drill: { numerator: ['early', 'onTime'], denominator: 'finished' }
  },
  {
    id: 'early', version: 1, label: 'Tỷ lệ hồ sơ trả trước hạn', numerator: 'Hồ sơ trước hạn', denominator: 'Hồ sơ đã kết thúc',
    basis: 'KH 001 III.2 (trên 60%)', compute: ({ counters: c }) => r(c.early, c.finished),
    drill: { numerator: ['early'], denominator: 'finished' }
  },
  {
    id: 'postal', version: 1, label: 'Tỷ lệ hồ sơ tiếp nhận, trả kết quả qua bưu chính công ích', numerator: 'Hồ sơ nhận hoặc trả qua bưu chính công ích', denominator: 'Hồ sơ tiếp nhận',
    basis: 'KH 001 III.4.2 (cấp tỉnh tối thiểu 20%)', compute: ({ counters: c }) => r(c.postal, c.received),
    drill: { numerator: ['postal'], denominator: 'received' }
  },
  {
    id: 'satisfaction_rated', version: 1, label: 'Mức độ hài lòng (theo đánh giá)', numerator: 'Đánh giá rất hài lòng, hài lòng', denominator: 'Hồ sơ được đánh giá',
    basis: `${NQ01_02}; KH 000 II.6, KH 001 III.1.2, KH 002 2.7, KH 004 III.4`, compute: ({ counters: c }) => r(c.ratedSatisfied, c.rated),
    drill: { numerator: ['ratedSatisfied'], denominator: 'rated' }
  },
  {
    id: 'satisfaction_766', version: 1, label: 'Mức độ hài lòng (công thức QĐ 766)', numerator: 'Hồ sơ không bị đánh giá không hài lòng, không bị phản ánh, không quá hạn', denominator: 'Hồ sơ đã kết thúc',
    basis: 'Quyết định 766/QĐ-TTg, nhóm mức độ hài lòng', compute: ({ counters: c }) => r(c.finishedWithoutGrievance, c.finished),
    drill: { numerator: ['finishedWithoutGrievance'], denominator: 'finished' }
  },
  {
    id: 'electronic_certified_copy', version: 1, label: 'Tỷ lệ chứng thực bản sao điện tử từ bản chính', numerator: 'Bản sao chứng thực điện tử', denominator: 'Hồ sơ chứng thực bản sao từ bản chính',
    basis: 'Nghị quyết 02/NQ-CP; KH 000 II.2, KH 002 2.2', compute: ({ counters: c }) => r(c.electronicCertifiedCopies, c.certifiedCopies),
    drill: { numerator: ['electronicCertifiedCopies'], denominator: 'certifiedCopies' }
  },
  {
    id: 'late_with_apology', version: 1, label: 'Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi', numerator: 'Hồ sơ trễ hạn có văn bản xin lỗi', denominator: 'Hồ sơ trễ hạn',
    basis: 'KH 001 III.3; Mẫu 04, Thông tư 03/2025/TT-VPCP', compute: ({ counters: c }) => r(c.lateWithApology, c.late),
    drill: { numerator: ['lateWithApology'], denominator: 'late' }
  },
  {
    id: 'feedback_on_time', version: 1, label: 'Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn', numerator: 'Phản ánh, kiến nghị xử lý đúng hạn', denominator: 'Phản ánh, kiến nghị đã xử lý',
    basis: 'Nghị quyết 02/NQ-CP; KH 000 II.5, KH 002 2.6, KH 004 III.3', compute: ({ counters: c }) => r(c.feedbackOnTime, c.feedbackHandled),
    drill: null
  },
];

/** The definition of an indicator id. */
export function indicatorDefinition(id: IndicatorId): IndicatorDefinition {
  const found = INDICATOR_DEFINITIONS.find((d) => d.id === id);
  if (!found) throw new Error(`unknown indicator ${id}`);
  return found;
}
