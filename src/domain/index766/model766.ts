import type { IndicatorId } from '../indicators/indicatorId.ts';

/** One scored part of a group: computed from an indicator, or unknown from the unit's own dossiers. */
export type Part766 =
  | { readonly kind: 'indicator'; readonly label: string; readonly indicatorId: IndicatorId; readonly points: number }
  | { readonly kind: 'unknown'; readonly label: string; readonly points: number };

/** One of the five groups of the index. */
export interface Group766 {
  readonly id: 'transparency' | 'progress' | 'online' | 'satisfaction' | 'digitization';
  readonly label: string;
  readonly points: number;
  readonly parts: readonly Part766[];
}

/**
 * Decision 766/QĐ-TTg (2022): a 100-point index per agency in five groups (DOMAIN.md §2).
 * Group totals follow the decision as commonly published (18 + 20 + 22 + 18 + 22); how a
 * group splits between its criteria is this app's reading and is marked as an estimate in
 * the UI. Parts that depend on the portal's own data (publication of procedures, the
 * portal's rating records) are "unknown": the estimate shows them as a range, never as 0.
 */
export const MODEL_766_VERSION = 1;

export const MODEL_766: readonly Group766[] = [
  {
    id: 'transparency',
    label: 'Công khai, minh bạch',
    points: 18,
    parts: [
      { kind: 'indicator', label: 'Kết quả xử lý hồ sơ đồng bộ lên Cổng DVCQG', indicatorId: 'portal_synced', points: 6 },
      { kind: 'indicator', label: 'Phản ánh, kiến nghị xử lý đúng hạn', indicatorId: 'feedback_on_time', points: 6 },
      { kind: 'unknown', label: 'Công khai TTHC đầy đủ, đúng hạn trên Cổng', points: 6 },
    ],
  },
  {
    id: 'progress',
    label: 'Tiến độ giải quyết',
    points: 20,
    parts: [{ kind: 'indicator', label: 'Hồ sơ giải quyết trước hạn và đúng hạn', indicatorId: 'on_time', points: 20 }],
  },
  {
    id: 'online',
    label: 'Dịch vụ trực tuyến',
    points: 22,
    parts: [
      { kind: 'indicator', label: 'Hồ sơ trực tuyến', indicatorId: 'online_received', points: 12 },
      { kind: 'indicator', label: 'Thanh toán trực tuyến', indicatorId: 'online_payment', points: 10 },
    ],
  },
  {
    id: 'satisfaction',
    label: 'Mức độ hài lòng',
    points: 18,
    parts: [{ kind: 'indicator', label: 'Hồ sơ không bị đánh giá không hài lòng, phản ánh hay quá hạn', indicatorId: 'satisfaction_766', points: 18 }],
  },
  {
    id: 'digitization',
    label: 'Số hóa hồ sơ',
    points: 22,
    parts: [
      { kind: 'indicator', label: 'Số hóa hồ sơ, kết quả', indicatorId: 'digitized', points: 8 },
      { kind: 'indicator', label: 'Cấp kết quả điện tử', indicatorId: 'electronic_result', points: 8 },
      { kind: 'indicator', label: 'Khai thác, sử dụng lại dữ liệu số hóa', indicatorId: 'reused_data', points: 6 },
    ],
  },
];
