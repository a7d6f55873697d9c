import * as v from 'valibot';
import { INDICATOR_IDS } from '../indicators/indicatorId.ts';
import { ComparatorSchema } from './comparator.ts';

const text = (max: number) =>
  v.pipe(v.string('phải là chữ'), v.trim(), v.minLength(1, 'không được để trống'), v.maxLength(max, `tối đa ${max} ký tự`));

/** A plan's own numbering: 'I', '1', '3.3', '1.2a'; '-' for a bullet, '' for an unnumbered line. */
const CodeSchema = v.pipe(v.string('số thứ tự phải là chữ'), v.trim(), v.maxLength(20, 'số thứ tự tối đa 20 ký tự'));

/** Codes that number nothing, so they may repeat within a section. */
const UNNUMBERED = new Set(['', '-']);

const PercentSchema = v.pipe(
  v.number('tỷ lệ phải là số'),
  v.finite('tỷ lệ phải là số'),
  v.minValue(0, 'tỷ lệ không được âm'),
  v.maxValue(100, 'tỷ lệ không vượt quá 100%'),
);

/** A percentage to reach, with how to compare (see comparator.ts). */
export const PercentTargetSchema = v.object({
  kind: v.literal('percent'),
  value: PercentSchema,
  comparator: ComparatorSchema,
});

/** A target the plan states in words (Plan 003, Phụ lục 1, 1.1: "Năm trong nhóm các đơn vị dẫn đầu…"). */
export const TextTargetSchema = v.object({ kind: v.literal('text'), text: text(500) });

/** A row's target (chỉ tiêu). */
export const PlanTargetSchema = v.variant('kind', [PercentTargetSchema, TextTargetSchema]);
/** A percentage or a text target. */
export type PlanTarget = v.InferOutput<typeof PlanTargetSchema>;

/** A level that must never be crossed besides the target (Plan 004, Phụ lục I, IV.1: "tối thiểu 95%"). */
export const PlanFloorSchema = v.object({ value: PercentSchema, comparator: ComparatorSchema });
/** A floor: figure and comparator. */
export type PlanFloor = v.InferOutput<typeof PlanFloorSchema>;

/** A row computed from dossiers, optionally only those of some fields (lĩnh vực). */
export const IndicatorSourceSchema = v.object({
  kind: v.literal('indicator'),
  indicatorId: v.picklist(INDICATOR_IDS, 'chỉ số không tồn tại'),
  filter: v.exactOptional(
    v.object({ fields: v.exactOptional(v.pipe(v.array(text(120)), v.minLength(1, 'chọn ít nhất một lĩnh vực'))) }),
  ),
});

/**
 * A row the user types in each period: `percent` (one figure, e.g. an index score), `count`
 * (numerator and denominator, preferred when both can be counted) or `text` (met or not, in words).
 */
export const ManualSourceSchema = v.object({
  kind: v.literal('manual'),
  unit: v.picklist(['percent', 'count', 'text'], 'đơn vị nhập không hợp lệ'),
});

/** Where a row's value comes from. */
export const PlanSourceSchema = v.variant('kind', [IndicatorSourceSchema, ManualSourceSchema]);
/** An indicator or a manual entry. */
export type PlanSource = v.InferOutput<typeof PlanSourceSchema>;

const TargetRowObjectSchema = v.object({
  kind: v.literal('target'),
  /** Stable key of the row within its plan (stored entries point to it); never shown. */
  id: text(64),
  code: CodeSchema,
  /** The plan's own wording, verbatim. */
  label: text(1000),
  target: PlanTargetSchema,
  floor: v.exactOptional(PlanFloorSchema),
  source: PlanSourceSchema,
  /** A remark of ours, in Vietnamese: scope, formula, approximation. */
  note: v.exactOptional(text(1000)),
  /** What the plan's body says when it differs from the annex (DOMAIN.md §4). */
  bodyNote: v.exactOptional(text(1000)),
  /** The plan's "Căn cứ thực hiện", verbatim. */
  legalBasis: v.exactOptional(text(1000)),
});

/** A heading line of the annex table that carries no target of its own (Plan 003, Phụ lục 1, 5.3). */
export const PlanHeadingRowSchema = v.object({
  kind: v.literal('heading'),
  id: text(64),
  code: CodeSchema,
  label: text(1000),
});
/** A heading line of an annex. */
export type PlanHeadingRow = v.InferOutput<typeof PlanHeadingRowSchema>;

type TargetRowObject = v.InferOutput<typeof TargetRowObjectSchema>;

const TEXT_TARGET_MESSAGE = 'chỉ tiêu bằng chữ phải nhập tay dạng chữ, và ngược lại';
const textTargetIsManualText = (row: TargetRowObject): boolean =>
  (row.target.kind === 'text') === (row.source.kind === 'manual' && row.source.unit === 'text');

const FLOOR_MESSAGE = 'ngưỡng tối thiểu phải đi kèm chỉ tiêu tỷ lệ và không cao hơn chỉ tiêu';
const floorBelowTarget = (row: TargetRowObject): boolean =>
  row.floor === undefined || (row.target.kind === 'percent' && row.floor.value <= row.target.value);

/** A row with a target; a text target is typed in by hand, so its source must be manual text. */
export const PlanTargetRowSchema = v.pipe(
  TargetRowObjectSchema,
  v.check(textTargetIsManualText, TEXT_TARGET_MESSAGE),
  v.check(floorBelowTarget, FLOOR_MESSAGE),
);
/** A row that carries a target. */
export type PlanTargetRow = TargetRowObject;

/** A line of an annex table, in the plan's order. */
export const PlanRowSchema = v.pipe(
  v.variant('kind', [TargetRowObjectSchema, PlanHeadingRowSchema]),
  v.check((row) => row.kind === 'heading' || textTargetIsManualText(row), TEXT_TARGET_MESSAGE),
  v.check((row) => row.kind === 'heading' || floorBelowTarget(row), FLOOR_MESSAGE),
);
/** A target row or a heading line. */
export type PlanRow = v.InferOutput<typeof PlanRowSchema>;

/** A titled part of an annex (Plan 000, Phụ lục, I), its rows in the plan's order. */
export const PlanSectionSchema = v.pipe(
  v.object({ code: CodeSchema, title: text(500), rows: v.array(PlanRowSchema) }),
  v.check((section) => {
    const numbered = section.rows.map((row) => row.code).filter((code) => !UNNUMBERED.has(code));
    return new Set(numbered).size === numbered.length;
  }, 'số thứ tự bị trùng trong cùng một mục'),
);
/** A titled part of an annex. */
export type PlanSection = v.InferOutput<typeof PlanSectionSchema>;

/** A plan (kế hoạch) whose annex targets an officer is judged by: a preset or the user's own. */
export const PlanSchema = v.pipe(
  v.object({
    id: text(64),
    name: text(400),
    /** The issuing unit, e.g. "UBND xã Cam Thịnh Tây". */
    unitName: text(200),
    year: v.pipe(v.number('năm phải là số'), v.integer('năm phải là số nguyên'), v.minValue(2000, 'năm không hợp lệ'), v.maxValue(2100, 'năm không hợp lệ')),
    /** Decision or plan number and date, as written (may be blank for a plan still being drafted). */
    source: v.pipe(v.string('phải là chữ'), v.trim(), v.maxLength(300, 'tối đa 300 ký tự')),
    annexTitle: v.exactOptional(text(500)),
    /** When and to whom the figures are reported, as the plan says. */
    reportingNote: v.exactOptional(text(1000)),
    /** A remark of ours on the whole plan: rows left out, targets found only in the body. */
    note: v.exactOptional(text(2000)),
    /** The preset this plan was copied from. */
    copiedFrom: v.exactOptional(text(64)),
    sections: v.array(PlanSectionSchema),
  }),
  v.check((plan) => {
    const ids = plan.sections.flatMap((section) => section.rows.map((row) => row.id));
    return new Set(ids).size === ids.length;
  }, 'mã dòng bị trùng trong kế hoạch'),
);
/** A plan with its annex rows. */
export type Plan = v.InferOutput<typeof PlanSchema>;
