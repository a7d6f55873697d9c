import { describe, expect, it } from 'vitest';
import { targetRowsOf } from '../targetRows.ts';
import { plan002QuangTri2024 as plan } from './plan002QuangTri2024.ts';

const rows = targetRowsOf(plan).map(({ row }) => row);
const row = (id: string) => {
  const found = rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};

describe('plan 002, Quảng Trị 2024', () => {
  it('has both annex tables, 8 + 7 target rows, headings kept', () => {
    expect(plan.sections.map((s) => [s.code, s.title])).toEqual([
      ['1', 'Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP'],
      ['2', 'Chỉ tiêu giao tại Nghị quyết số 02/NQ-CP'],
    ]);
    expect(rows).toHaveLength(15);
    expect(plan.sections[0]?.rows.map((r) => r.code)).toEqual(['1', '2', '3', '4', '5', '6', '6.1', '6.2', '6.3']);
    expect(plan.sections[1]?.rows[0]).toMatchObject({
      kind: 'heading',
      code: '',
      label: 'Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công',
    });
  });

  it('reproduces the NQ 01 rows', () => {
    // Phụ lục 1.1: DVCTT toàn trình trên TTHC đủ điều kiện, "Tối thiểu 80" (manual)
    expect(row('1.1')).toMatchObject({ target: { value: 80, comparator: 'gte' }, source: { kind: 'manual' } });
    // Phụ lục 1.2: "Tối thiểu 45"
    expect(row('1.2')).toMatchObject({ target: { value: 45, comparator: 'gte' }, source: { indicatorId: 'online_payment' } });
    // Phụ lục 1.6.3: "Đối với UBND cấp xã." "80"
    expect(row('1.6.3')).toMatchObject({ label: 'Đối với UBND cấp xã.', target: { value: 80, comparator: 'eq' } });
    // Phụ lục 1.6.2: "95", for district offices only
    expect(row('1.6.2')).toMatchObject({ target: { value: 95 }, note: expect.stringContaining('không giao cho UBND cấp xã') });
  });

  it('reproduces the NQ 02 rows', () => {
    // Phụ lục 2.2: "Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và Phòng Tư pháp cấp huyện." "100"
    expect(row('2.2')).toMatchObject({
      label: 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và Phòng Tư pháp cấp huyện.',
      target: { value: 100, comparator: 'eq' },
      source: { indicatorId: 'electronic_certified_copy' },
    });
    // Phụ lục 2.3: the label runs over a page break; "Tối thiểu 50"
    expect(row('2.3')).toMatchObject({ label: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa.', target: { value: 50, comparator: 'gte' } });
    // Phụ lục 2.4: công bố, công khai TTHC đúng hạn (manual)
    expect(row('2.4').source.kind).toBe('manual');
    // Phụ lục 2.7: "Tối thiểu 90"
    expect(row('2.7').target).toEqual({ kind: 'percent', value: 90, comparator: 'gte' });
  });
});
