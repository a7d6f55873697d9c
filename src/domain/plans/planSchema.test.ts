import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PlanSchema, PlanTargetRowSchema, type Plan, type PlanTargetRow } from './planSchema.ts';
import { ManualEntrySchema } from './planRowValue.ts';

const row: PlanTargetRow = {
  kind: 'target',
  id: 'I.1',
  code: '1',
  label: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC.',
  target: { kind: 'percent', value: 50, comparator: 'gte' },
  source: { kind: 'indicator', indicatorId: 'online_received' },
};

const plan = (rows: unknown[]): unknown => ({
  id: 'p',
  name: 'Kế hoạch thử',
  unitName: 'UBND xã A',
  year: 2026,
  source: '',
  sections: [{ code: 'I', title: 'Mục I', rows }],
});

const messages = (result: { issues?: readonly { message: string }[] | undefined }) =>
  result.issues?.map((issue) => issue.message) ?? [];

describe('PlanTargetRowSchema', () => {
  it('accepts a well-formed row', () => {
    expect(v.is(PlanTargetRowSchema, row)).toBe(true);
  });

  it('rejects an indicator id that does not exist', () => {
    const result = v.safeParse(PlanTargetRowSchema, { ...row, source: { kind: 'indicator', indicatorId: 'khong_co' } });
    expect(messages(result)).toContain('chỉ số không tồn tại');
  });

  it('rejects a text target computed from dossiers, and a manual text source on a percent target', () => {
    const textOnIndicator = { ...row, target: { kind: 'text', text: 'Dẫn đầu' } };
    expect(messages(v.safeParse(PlanTargetRowSchema, textOnIndicator))).toContain(
      'chỉ tiêu bằng chữ phải nhập tay dạng chữ, và ngược lại',
    );
    expect(v.is(PlanTargetRowSchema, { ...row, source: { kind: 'manual', unit: 'text' } })).toBe(false);
  });

  it('rejects a floor above the target', () => {
    expect(v.is(PlanTargetRowSchema, { ...row, floor: { value: 95, comparator: 'gte' } })).toBe(false);
    expect(v.is(PlanTargetRowSchema, { ...row, floor: { value: 40, comparator: 'gte' } })).toBe(true);
  });

  it('rejects a percentage above 100', () => {
    expect(v.is(PlanTargetRowSchema, { ...row, target: { kind: 'percent', value: 101, comparator: 'eq' } })).toBe(false);
  });
});

describe('PlanSchema', () => {
  it('accepts a plan and keeps heading rows', () => {
    const parsed: Plan = v.parse(PlanSchema, plan([{ kind: 'heading', id: 'h', code: '6', label: 'Nhóm' }, row]));
    expect(parsed.sections[0]?.rows.map((r) => r.kind)).toEqual(['heading', 'target']);
  });

  it('rejects two rows numbered alike in one section, but not two bullets', () => {
    const twin = { ...row, id: 'I.1-bis' };
    expect(messages(v.safeParse(PlanSchema, plan([row, twin])))).toContain('số thứ tự bị trùng trong cùng một mục');
    expect(v.is(PlanSchema, plan([{ ...row, code: '-' }, { ...twin, code: '-' }]))).toBe(true);
  });

  it('rejects two rows with the same key', () => {
    expect(messages(v.safeParse(PlanSchema, plan([row, { ...row, code: '2' }])))).toContain('mã dòng bị trùng trong kế hoạch');
  });

  it('rejects a blank name with a Vietnamese message', () => {
    const blank = { ...(plan([row]) as object), name: '   ' };
    expect(messages(v.safeParse(PlanSchema, blank))).toContain('không được để trống');
  });
});

describe('ManualEntrySchema', () => {
  it('accepts counts, a percent or words', () => {
    expect(v.is(ManualEntrySchema, { numerator: 3, denominator: 4 })).toBe(true);
    expect(v.is(ManualEntrySchema, { percent: 90 })).toBe(true);
    expect(v.is(ManualEntrySchema, { text: 'Dẫn đầu khối xã', met: null })).toBe(true);
  });

  it('rejects a count over its total and a negative percent', () => {
    expect(v.is(ManualEntrySchema, { numerator: 5, denominator: 4 })).toBe(false);
    expect(v.is(ManualEntrySchema, { percent: -1 })).toBe(false);
  });
});
