import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../indicators/indicatorId.ts';
import { PlanSchema } from '../planSchema.ts';
import { targetRowsOf } from '../targetRows.ts';
import { findPreset, PLAN_PRESETS } from './index.ts';

describe.each(PLAN_PRESETS.map((plan) => [plan.id, plan] as const))('preset %s', (_id, plan) => {
  it('parses with the plan schema, unchanged', () => {
    expect(v.parse(PlanSchema, plan)).toEqual(plan);
  });

  it('uses only indicator ids that exist', () => {
    for (const { row } of targetRowsOf(plan)) {
      if (row.source.kind === 'indicator') expect(INDICATOR_IDS).toContain(row.source.indicatorId);
    }
  });

  it('numbers its rows uniquely within each section (bullets and unnumbered lines aside)', () => {
    for (const section of plan.sections) {
      const codes = section.rows.map((row) => row.code).filter((code) => code !== '-' && code !== '');
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('keys its rows uniquely within the plan', () => {
    const ids = plan.sections.flatMap((section) => section.rows.map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is frozen, so nobody edits a preset in place', () => {
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.sections[0]?.rows[0])).toBe(true);
  });
});

describe('PLAN_PRESETS', () => {
  it('lists the five seeds in order 000 to 004', () => {
    expect(PLAN_PRESETS.map((plan) => plan.id)).toEqual([
      'preset-000-cam-thinh-tay-2024',
      'preset-001-tan-trung-2024',
      'preset-002-quang-tri-2024',
      'preset-003-phuoc-my-2024',
      'preset-004-thong-nhat-2025',
    ]);
  });

  it('finds a preset by id, and nothing for an unknown id', () => {
    expect(findPreset('preset-003-phuoc-my-2024')?.unitName).toBe('UBND xã Phước Mỹ');
    expect(findPreset('khong-co')).toBeUndefined();
  });
});
