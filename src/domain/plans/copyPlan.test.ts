import { describe, expect, it } from 'vitest';
import { copyPreset, createEmptyPlan } from './copyPlan.ts';
import { PLAN_PRESETS } from './presets/index.ts';
import { plan004ThongNhat2025 } from './presets/plan004ThongNhat2025.ts';

describe('copyPreset', () => {
  it('copies every row under a new id and name, remembering the preset', () => {
    const result = copyPreset(plan004ThongNhat2025, '0190a5e2-0000-7000-8000-000000000001');
    if (!result.ok) throw new Error(result.issues.join('; '));
    expect(result.plan.id).toBe('0190a5e2-0000-7000-8000-000000000001');
    expect(result.plan.name).toBe(`Bản sao của ${plan004ThongNhat2025.name}`);
    expect(result.plan.copiedFrom).toBe('preset-004-thong-nhat-2025');
    expect(result.plan.sections).toEqual(plan004ThongNhat2025.sections);
  });

  it('gives an editable copy that shares nothing with the frozen preset', () => {
    const result = copyPreset(plan004ThongNhat2025, 'copy');
    if (!result.ok) throw new Error(result.issues.join('; '));
    const firstRow = result.plan.sections[0]?.rows[0];
    expect(Object.isFrozen(firstRow)).toBe(false);
    expect(firstRow).not.toBe(plan004ThongNhat2025.sections[0]?.rows[0]);
    result.plan.sections.pop();
    expect(plan004ThongNhat2025.sections).toHaveLength(5);
  });

  it('copies every preset', () => {
    for (const preset of PLAN_PRESETS) expect(copyPreset(preset, `copy-${preset.id}`.slice(0, 64)).ok).toBe(true);
  });

  it('refuses an empty id', () => {
    expect(copyPreset(plan004ThongNhat2025, '')).toEqual({ ok: false, issues: ['không được để trống'] });
  });
});

describe('createEmptyPlan', () => {
  it('builds a plan with no section yet', () => {
    const result = createEmptyPlan({ id: 'p1', name: 'Kế hoạch CCHC năm 2026', unitName: 'UBND xã Hòa Bình', year: 2026 });
    expect(result).toEqual({
      ok: true,
      plan: { id: 'p1', name: 'Kế hoạch CCHC năm 2026', unitName: 'UBND xã Hòa Bình', year: 2026, source: '', sections: [] },
    });
  });

  it('trims what the user typed and keeps the source', () => {
    const result = createEmptyPlan({ id: 'p1', name: '  Kế hoạch  ', unitName: 'UBND xã A', year: 2026, source: ' Kế hoạch số 12/KH-UBND ' });
    expect(result.ok && [result.plan.name, result.plan.source]).toEqual(['Kế hoạch', 'Kế hoạch số 12/KH-UBND']);
  });

  it('explains what is wrong, in Vietnamese', () => {
    const result = createEmptyPlan({ id: 'p1', name: '', unitName: 'UBND xã A', year: 1990 });
    expect(result).toEqual({ ok: false, issues: ['không được để trống', 'năm không hợp lệ'] });
  });
});
