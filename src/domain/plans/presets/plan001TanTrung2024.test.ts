import { describe, expect, it } from 'vitest';
import { targetRowsOf } from '../targetRows.ts';
import { plan001TanTrung2024 as plan } from './plan001TanTrung2024.ts';

const rows = targetRowsOf(plan).map(({ row }) => row);
const row = (id: string) => {
  const found = rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};

describe('plan 001, Tân Trung 2024', () => {
  it('keeps only the task rows with a figure, in the annex order', () => {
    expect(plan.sections.map((s) => s.code)).toEqual(['II', 'III']);
    expect(rows.map((r) => r.id)).toEqual([
      'II.1', 'II.2.4',
      'III.1.1a', 'III.1.1b', 'III.1.1c', 'III.1.2a', 'III.1.2b', 'III.1.3', 'III.2a', 'III.2b', 'III.3',
      'III.4.2a', 'III.4.2b', 'III.4.3', 'III.4.4', 'III.5.1', 'III.5.2',
    ]);
    expect(plan.sections[1]?.rows.filter((r) => r.kind === 'heading').map((r) => r.label)).toEqual([
      'Tiếp tục thực hiện quy trình số hóa hồ sơ giấy tờ, kết quả giải quyết TTHC',
      'Đẩy mạnh việc cung cấp dịch vụ công trực tuyến và dịch vụ bưu chính công ích',
      'Đẩy mạnh thanh toán trực tuyến phí, lệ phí trong giải quyết TTHC',
    ]);
  });

  it('says which task rows were left out', () => {
    expect(plan.note).toContain('I.1, I.2, I.3; II.2.1, II.2.2, II.2.3');
  });

  it('splits III.1.2 and tracks đất đai, xây dựng, đầu tư on its own', () => {
    // Phụ lục III.1.2: "… đạt tối thiểu 90%. Trong đó, … lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%"
    expect(row('III.1.2a').target).toEqual({ kind: 'percent', value: 90, comparator: 'gte' });
    expect(row('III.1.2b')).toMatchObject({
      code: '1.2b',
      target: { value: 85, comparator: 'gte' },
      source: { kind: 'indicator', filter: { fields: ['Đất đai', 'Xây dựng', 'Đầu tư'] } },
    });
  });

  it('splits III.2: trên 99,5% trước và đúng hạn, trên 60% trước hạn', () => {
    // Phụ lục III.2: "Bảo đảm trên 99,5% hồ sơ TTHC được giải quyết trước và đúng hạn, trong đó có trên 60% trả trước hạn"
    expect(row('III.2a')).toMatchObject({
      label: 'Bảo đảm trên 99,5% hồ sơ TTHC được giải quyết trước và đúng hạn',
      target: { value: 99.5, comparator: 'gt' },
      source: { indicatorId: 'on_time' },
    });
    expect(row('III.2b')).toMatchObject({ target: { value: 60, comparator: 'gt' }, source: { indicatorId: 'early' } });
  });

  it('takes 100% late-with-apology from the body (mục II.7)', () => {
    expect(row('III.3')).toMatchObject({ target: { value: 100, comparator: 'eq' }, source: { indicatorId: 'late_with_apology' } });
    expect(row('III.3').bodyNote).toContain('100% hồ sơ TTHC chậm, muộn');
  });

  it('splits III.4.2 and keeps the province-level postal target with a note', () => {
    // Phụ lục III.4.2: "… hoàn toàn trực tuyến … đạt trên 70%; … bưu chính công ích đối với cấp tỉnh tối thiểu là 20%"
    expect(row('III.4.2a')).toMatchObject({ target: { value: 70, comparator: 'gt' }, source: { indicatorId: 'fully_online_received' } });
    expect(row('III.4.2b')).toMatchObject({ target: { value: 20, comparator: 'gte' }, source: { indicatorId: 'postal' } });
    expect(row('III.4.2b').note).toContain('cấp tỉnh');
  });

  it('reproduces III.4.3, III.4.4, III.5.1 and III.5.2', () => {
    // Phụ lục III.4.3: "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến từ xa đạt trên 60%"
    expect(row('III.4.3')).toMatchObject({
      label: 'Tỷ lệ người dân sử dụng dịch vụ công trực tuyến từ xa đạt trên 60%',
      target: { value: 60, comparator: 'gt' },
    });
    // Phụ lục III.4.4: "100% người dân và doanh nghiệp … định danh và xác thực thông suốt …"
    expect(row('III.4.4')).toMatchObject({ target: { value: 100 }, source: { kind: 'manual', unit: 'percent' } });
    // Phụ lục III.5.1: "… đạt trên 60%"; III.5.2: "… đạt trên 70%"
    expect(row('III.5.1')).toMatchObject({ target: { value: 60, comparator: 'gt' }, source: { indicatorId: 'online_payment' } });
    expect(row('III.5.2')).toMatchObject({ target: { value: 70, comparator: 'gt' }, source: { indicatorId: 'procedures_paid_online' } });
  });

  it('digitizes 100% (Phụ lục III.1.1)', () => {
    expect(row('III.1.1a')).toMatchObject({
      label: 'Thực hiện 100% số hoá hồ sơ, kết quả giải quyết TTHC tại bộ phận một cửa các cấp',
      target: { value: 100, comparator: 'eq' },
      source: { indicatorId: 'digitized' },
    });
    expect(row('III.1.1b').source).toEqual({ kind: 'indicator', indicatorId: 'electronic_result' });
  });
});
