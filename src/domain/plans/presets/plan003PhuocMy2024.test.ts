import { describe, expect, it } from 'vitest';
import { targetRowsOf } from '../targetRows.ts';
import { plan003PhuocMy2024 as plan } from './plan003PhuocMy2024.ts';

const rows = targetRowsOf(plan).map(({ row }) => row);
const row = (id: string) => {
  const found = rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};

describe('plan 003, Phước Mỹ 2024', () => {
  it('reproduces Phụ lục 1 line by line (it has no item 4)', () => {
    expect(plan.sections).toHaveLength(1);
    expect(plan.sections[0]?.rows.map((r) => `${r.kind === 'heading' ? '#' : ''}${r.code}`)).toEqual([
      '#1', '1.1', '1.2', '1.3', '2', '#3', '3.1', '3.2', '3.3', '#5', '5.1', '5.2', '#5.3', '-', '-', '-', '-', '-', '5.4',
    ]);
    expect(rows).toHaveLength(15);
  });

  it('types in Par Index, SIPAS and DTI as text targets', () => {
    // Phụ lục 1, 1.1: "Năm trong nhóm các đơn vị dẫn đầu khối UBND phường, xã" (cell merged over 1.1–1.3)
    for (const id of ['1.1', '1.2', '1.3']) {
      expect(row(id)).toMatchObject({
        target: { kind: 'text', text: 'Năm trong nhóm các đơn vị dẫn đầu khối UBND phường, xã' },
        source: { kind: 'manual', unit: 'text' },
      });
    }
    expect(row('1.2').label).toBe(
      'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)',
    );
    expect(row('1.1').bodyNote).toContain('90 điểm trở lên');
  });

  it('follows the annex and notes the body where it differs (mục II.2.d)', () => {
    // Phụ lục 1, 3.3: "50%"; body: "đạt 30%"
    expect(row('3.3')).toMatchObject({ target: { value: 50, comparator: 'eq' }, source: { indicatorId: 'reused_data' } });
    expect(row('3.3').bodyNote).toContain('30%');
    // Phụ lục 1, 5.3, second bullet: "60%"; body: "đạt 100%"
    expect(row('5.3-2')).toMatchObject({ target: { value: 60 }, source: { indicatorId: 'online_payment' } });
    expect(row('5.3-2').bodyNote).toContain('100%');
    // Phụ lục 1, 5.3, first bullet: "Tỷ lệ hồ sơ giải quyết toàn trình, một phần" "60%"; body: online 50%
    expect(row('5.3-1')).toMatchObject({
      label: 'Tỷ lệ hồ sơ giải quyết toàn trình, một phần',
      target: { value: 60 },
      source: { indicatorId: 'online_received' },
    });
    expect(row('5.3-1').bodyNote).toContain('50%');
  });

  it('maps the other 5.3 bullets to their indicators', () => {
    expect(['5.3-3', '5.3-4', '5.3-5'].map((id) => row(id).source)).toEqual([
      { kind: 'indicator', indicatorId: 'procedures_paid_online' },
      { kind: 'indicator', indicatorId: 'portal_synced' },
      { kind: 'indicator', indicatorId: 'electronic_result' },
    ]);
  });

  it('types in the 766 index score, target 90 (Phụ lục 1, 5.4)', () => {
    expect(row('5.4')).toMatchObject({ target: { value: 90, comparator: 'eq' }, source: { kind: 'manual', unit: 'percent' } });
  });

  it('keeps 5.2 verbatim, colon included', () => {
    expect(row('5.2')).toMatchObject({
      label: 'Tỷ lệ lập hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng:',
      target: { value: 60 },
      source: { kind: 'manual' },
    });
  });
});
