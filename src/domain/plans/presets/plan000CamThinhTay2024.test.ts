import { describe, expect, it } from 'vitest';
import { targetRowsOf } from '../targetRows.ts';
import { plan000CamThinhTay2024 as plan } from './plan000CamThinhTay2024.ts';

const rows = targetRowsOf(plan).map(({ row }) => row);
const row = (id: string) => {
  const found = rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};

describe('plan 000, Cam Thịnh Tây 2024', () => {
  it('has the three annex sections with their 4 + 6 + 1 rows, in order', () => {
    expect(plan.sections.map((s) => [s.code, s.rows.length])).toEqual([['I', 4], ['II', 6], ['III', 1]]);
    expect(rows).toHaveLength(11);
    expect(plan.sections.flatMap((s) => s.rows.map((r) => `${s.code}.${r.code}`))).toEqual([
      'I.1', 'I.2', 'I.3', 'I.4', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'III.1',
    ]);
  });

  it('keeps the section titles verbatim', () => {
    expect(plan.sections[0]?.title).toBe('Chỉ tiêu cụ thể về thực hiện thủ tục hành chính trên môi trường điện tử');
  });

  it('reproduces the rows verbatim with their targets', () => {
    // Plan 000, Phụ lục I.1: "Tối thiểu 45%"
    expect(row('I.1')).toMatchObject({
      label: 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công Quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.',
      target: { kind: 'percent', value: 45, comparator: 'gte' },
      source: { kind: 'indicator', indicatorId: 'online_payment' },
    });
    // Phụ lục I.2: "Tối thiểu 50%"; I.3: "Tối thiểu 80%"; I.4: "100%"
    expect(row('I.2').target).toEqual({ kind: 'percent', value: 50, comparator: 'gte' });
    expect(row('I.3')).toMatchObject({ source: { indicatorId: 'digitized' }, target: { value: 80, comparator: 'gte' } });
    expect(row('I.4')).toMatchObject({ source: { indicatorId: 'portal_synced' }, target: { value: 100, comparator: 'eq' } });
    // Phụ lục II.2: "Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính …" "100%"
    expect(row('II.2')).toMatchObject({
      label: 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và UBND thành phố.',
      source: { indicatorId: 'electronic_certified_copy' },
    });
    // Phụ lục II.6: "Tối thiểu 90%"
    expect(row('II.6')).toMatchObject({
      label: 'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp.',
      target: { value: 90, comparator: 'gte' },
    });
  });

  it('types in what no dossier can compute', () => {
    // Phụ lục II.4: "Tỷ lệ công khai TTHC đúng hạn." "100%"
    expect(row('II.4').source).toEqual({ kind: 'manual', unit: 'count' });
    // Phụ lục III.1: văn bản, hồ sơ công việc trên môi trường mạng, "100%"
    expect(row('III.1')).toMatchObject({ source: { kind: 'manual' }, legalBasis: 'Kế hoạch chuyển đổi số thành phố năm 2024.' });
  });

  it('keeps the legal basis column', () => {
    expect(row('II.5').legalBasis).toContain('(Phụ lục II, mục 2, số thứ tự thứ 11)');
  });

  it('reports monthly, by the 5th (Kế hoạch, III.3)', () => {
    expect(plan.reportingNote).toContain('trước ngày 05 hàng tháng');
  });
});
