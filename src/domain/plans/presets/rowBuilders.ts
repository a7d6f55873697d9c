import type { IndicatorId } from '../../indicators/indicatorId.ts';
import type { Comparator } from '../comparator.ts';
import type { PlanHeadingRow, PlanSource, PlanTarget } from '../planSchema.ts';

/** A percentage target: `percent(45, 'gte')` for "Tối thiểu 45%". */
export function percent(value: number, comparator: Comparator): PlanTarget {
  return { kind: 'percent', value, comparator };
}

/** A target stated in words. */
export function words(text: string): PlanTarget {
  return { kind: 'text', text };
}

/** A row computed from dossiers, optionally only for some fields (lĩnh vực). */
export function indicator(indicatorId: IndicatorId, fields?: readonly string[]): PlanSource {
  return fields === undefined
    ? { kind: 'indicator', indicatorId }
    : { kind: 'indicator', indicatorId, filter: { fields: [...fields] } };
}

/** A row typed in by hand: `count` (numerator and denominator), `percent` or `text`. */
export function manual(unit: 'percent' | 'count' | 'text'): PlanSource {
  return { kind: 'manual', unit };
}

/** A heading line of the annex with no target of its own. */
export function heading(id: string, code: string, label: string): PlanHeadingRow {
  return { kind: 'heading', id, code, label };
}

/** Why a "mức độ hài lòng" row follows the 766 formula rather than ratings alone (DOMAIN.md §2). */
export const SATISFACTION_766_NOTE =
  'Tính theo công thức của Quyết định số 766/QĐ-TTg: (tổng số hồ sơ − hồ sơ bị đánh giá không hài lòng, bị phản ánh, kiến nghị hoặc quá hạn) / tổng số hồ sơ.';
