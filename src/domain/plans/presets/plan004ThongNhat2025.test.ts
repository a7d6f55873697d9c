import { describe, expect, it } from 'vitest';
import { targetRowsOf } from '../targetRows.ts';
import { plan004ThongNhat2025 as plan } from './plan004ThongNhat2025.ts';

const rows = targetRowsOf(plan).map(({ row }) => row);
const row = (id: string) => {
  const found = rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};

describe('plan 004, Thống Nhất 2025', () => {
  it('has the five sections of Phụ lục I with 4 + 1 + 4 + 1 + 1 rows', () => {
    expect(plan.sections.map((s) => [s.code, s.rows.length])).toEqual([['I', 4], ['II', 1], ['III', 4], ['IV', 1], ['V', 1]]);
    expect(rows).toHaveLength(11);
    expect(plan.year).toBe(2025);
  });

  it('reproduces the rows verbatim with bare figures as "đạt"', () => {
    // Phụ lục I, I.1: "%" "60"
    expect(row('I.1')).toMatchObject({
      label: 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.',
      target: { value: 60, comparator: 'eq' },
      source: { indicatorId: 'online_payment' },
    });
    // Phụ lục I, I.3: "90"
    expect(row('I.3')).toMatchObject({ target: { value: 90, comparator: 'eq' }, source: { indicatorId: 'digitized' } });
    // Phụ lục I, III.2: "Tối thiểu 50"
    expect(row('III.2').target).toEqual({ kind: 'percent', value: 50, comparator: 'gte' });
    // Phụ lục I, III.4: "95"
    expect(row('III.4')).toMatchObject({ target: { value: 95, comparator: 'eq' }, source: { indicatorId: 'satisfaction_766' } });
  });

  it('sets 99% on time with a floor of 95% (Phụ lục I, IV.1)', () => {
    expect(row('IV.1')).toMatchObject({
      label: 'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn.',
      target: { kind: 'percent', value: 99, comparator: 'eq' },
      floor: { value: 95, comparator: 'gte' },
      source: { indicatorId: 'on_time' },
      legalBasis: 'Mục 3.4.3 (Bảng 2 kèm theo Quyết định số 892/QĐ-BNV ngày 05/12/2024 của Bộ Nội vụ)',
    });
    expect(row('IV.1').note).toContain('tỷ lệ b/a phải đạt tối thiểu 95%');
  });

  it('types in the rows no dossier can compute', () => {
    // Phụ lục I, II.1: số hóa kết quả còn hiệu lực; V.1: văn bản, hồ sơ công việc trên môi trường điện tử
    expect(row('II.1').source).toEqual({ kind: 'manual', unit: 'count' });
    expect(row('V.1')).toMatchObject({ label: 'Đối với UBND cấp xã.', source: { kind: 'manual' }, target: { value: 100 } });
  });

  it('reports monthly, before the 18th (Kế hoạch, V.3), and notes the body-only targets', () => {
    expect(plan.reportingNote).toContain('trước ngày 18 hằng tháng');
    expect(plan.note).toContain('tối thiểu 65%');
    expect(plan.note).toContain('tối thiểu 80%');
  });
});
