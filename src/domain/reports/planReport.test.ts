import { describe, expect, it } from 'vitest';
import { NO_INDICATOR_DATA, type IndicatorValues } from '../indicators/computeIndicators.ts';
import type { Plan } from '../plans/planSchema.ts';
import type { PlanRowValue } from '../plans/planRowValue.ts';
import { planReport, planTable } from './planReport.ts';

/** A small plan, written out by hand: each kind of row once. */
const PLAN: Plan = {
  id: 'test-plan',
  name: 'Kế hoạch cải cách hành chính năm 2026',
  unitName: 'UBND xã Cam Thịnh Tây',
  year: 2026,
  source: 'Kế hoạch số 1/KH-UBND',
  sections: [
    {
      code: 'I',
      title: 'Chỉ tiêu về dịch vụ công trực tuyến',
      rows: [
        { kind: 'heading', id: 'h1', code: '', label: 'Dòng tiêu đề không có chỉ tiêu' },
        { kind: 'target', id: 'online', code: '1', label: 'Tỷ lệ hồ sơ trực tuyến', target: { kind: 'percent', value: 50, comparator: 'gte' }, source: { kind: 'indicator', indicatorId: 'online_received' } },
        { kind: 'target', id: 'on-time', code: '2', label: 'Tỷ lệ hồ sơ trước hạn và đúng hạn', target: { kind: 'percent', value: 99, comparator: 'gt' }, floor: { value: 95, comparator: 'gte' }, source: { kind: 'indicator', indicatorId: 'on_time' }, bodyNote: 'trên 98%' },
        { kind: 'target', id: 'land', code: '3', label: 'Hài lòng trong lĩnh vực đất đai', target: { kind: 'percent', value: 85, comparator: 'gte' }, source: { kind: 'indicator', indicatorId: 'satisfaction_rated', filter: { fields: ['Đất đai'] } } },
      ],
    },
    {
      code: 'II',
      title: 'Chỉ tiêu nhập tay',
      rows: [
        { kind: 'target', id: 'par', code: '1', label: 'Chỉ số PAR Index', target: { kind: 'percent', value: 90, comparator: 'eq' }, source: { kind: 'manual', unit: 'percent' } },
        { kind: 'target', id: 'review', code: '2', label: 'Rà soát TTHC nội bộ', target: { kind: 'text', text: 'Hoàn thành trong quý IV' }, source: { kind: 'manual', unit: 'text' } },
        { kind: 'target', id: 'published', code: '3', label: 'Công khai TTHC đúng hạn', target: { kind: 'percent', value: 100, comparator: 'eq' }, source: { kind: 'manual', unit: 'count' } },
      ],
    },
  ],
};

const VALUES: IndicatorValues = {
  ...NO_INDICATOR_DATA,
  online_received: { numerator: 3, denominator: 5 }, // 60% ≥ 50 → met
  on_time: { numerator: 47, denominator: 50 }, // 94%: not above 99 (gap 5), and below the 95 floor
  satisfaction_rated: { numerator: 1, denominator: 1 }, // all fields: must NOT be used for the land row
};

describe('planReport and planTable (worked by hand)', () => {
  const manual = new Map<string, PlanRowValue>([
    ['par', { percent: 90 }], // "đạt 90%" measured 90 → met
    ['review', { text: 'Đã rà soát 12 thủ tục', met: true }],
    ['published', { numerator: 199, denominator: 200 }], // 99.5% of a 100% target → not met, gap 0.5
  ]);

  it('judges every target row, headings left out', () => {
    const rows = planReport(PLAN, VALUES, manual, (fields) => (fields.join() === 'Đất đai' ? { ...NO_INDICATOR_DATA, satisfaction_rated: { numerator: 4, denominator: 5 } } : undefined));
    expect(rows.map((r) => [r.code, r.target, r.achieved, r.numerator, r.denominator, r.status, r.note])).toEqual([
      ['1', 'Tối thiểu 50%', '60%', 3, 5, 'met', ''],
      // 47/50 = 94%; gap 99 − 94 = 5; floor 95 crossed; body says "trên 98%".
      ['2', 'Trên 99%', '94%', 47, 50, 'not_met', 'Còn thiếu 5 điểm %; Dưới mức tối thiểu 95%; Phần nội dung kế hoạch ghi: trên 98%'],
      // Land only: 4/5 = 80% < 85, gap 5.
      ['3', 'Tối thiểu 85%', '80%', 4, 5, 'not_met', 'Còn thiếu 5 điểm %'],
      ['1', 'Đạt 90%', '90%', null, null, 'met', ''],
      ['2', 'Hoàn thành trong quý IV', 'Đã rà soát 12 thủ tục', null, null, 'met', ''],
      // 199/200 = 99.5%, shown 99,5%; gap 100 − 99.5 = 0.5 → "0,5".
      ['3', 'Đạt 100%', '99,5%', 199, 200, 'not_met', 'Còn thiếu 0,5 điểm %'],
    ]);
    expect(rows[0]?.section).toBe('I. Chỉ tiêu về dịch vụ công trực tuyến');
    expect(rows[0]?.percent).toBe(60);
  });

  it('says "no data" for a field-restricted row without its values, and for empty manual rows', () => {
    const rows = planReport(PLAN, VALUES, new Map());
    expect(rows.map((r) => r.status)).toEqual(['met', 'not_met', 'no_data', 'no_data', 'no_data', 'no_data']);
    expect(rows[2]?.achieved).toBe('');
  });

  it('lays the annex out row by row under its section titles', () => {
    const table = planTable(planReport(PLAN, VALUES, manual), { unitName: 'UBND xã Cam Thịnh Tây', periodLabel: 'Tháng 10/2026', planName: PLAN.name });
    expect(table.title).toEqual(['UBND xã Cam Thịnh Tây', 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU', 'Kế hoạch cải cách hành chính năm 2026', 'Kỳ báo cáo: Tháng 10/2026']);
    expect(table.header).toEqual([['STT', 'Chỉ tiêu', 'Chỉ tiêu kế hoạch', 'Kết quả đạt được', 'Tử số/Mẫu số', 'Đánh giá', 'Ghi chú']]);
    expect(table.rows).toEqual([
      ['', 'I. Chỉ tiêu về dịch vụ công trực tuyến', '', '', '', '', ''],
      ['1', 'Tỷ lệ hồ sơ trực tuyến', 'Tối thiểu 50%', '60%', '3/5', 'Đạt', ''],
      ['2', 'Tỷ lệ hồ sơ trước hạn và đúng hạn', 'Trên 99%', '94%', '47/50', 'Không đạt', 'Còn thiếu 5 điểm %; Dưới mức tối thiểu 95%; Phần nội dung kế hoạch ghi: trên 98%'],
      ['3', 'Hài lòng trong lĩnh vực đất đai', 'Tối thiểu 85%', '', '', 'Chưa có số liệu', ''],
      ['', 'II. Chỉ tiêu nhập tay', '', '', '', '', ''],
      ['1', 'Chỉ số PAR Index', 'Đạt 90%', '90%', '', 'Đạt', ''],
      ['2', 'Rà soát TTHC nội bộ', 'Hoàn thành trong quý IV', 'Đã rà soát 12 thủ tục', '', 'Đạt', ''],
      ['3', 'Công khai TTHC đúng hạn', 'Đạt 100%', '99,5%', '199/200', 'Không đạt', 'Còn thiếu 0,5 điểm %'],
    ]);
  });
});
