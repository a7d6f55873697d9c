import * as v from 'valibot';

/**
 * A procedure's legal time limit. Most run in working days (ngày làm việc); a few in
 * working hours or "the same day" (DOMAIN.md §3).
 */
export const TimeLimitSchema = v.variant('unit', [
  v.object({ unit: v.literal('working_days'), amount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)) }),
  v.object({ unit: v.literal('hours'), amount: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(72)) }),
  v.object({ unit: v.literal('same_day') }),
]);
export type TimeLimit = v.InferOutput<typeof TimeLimitSchema>;

/** A clock time "HH:MM" in Vietnam time. */
export const ClockTimeSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ phải có dạng HH:MM'));

/** An administrative procedure (thủ tục hành chính) of the unit's catalogue. */
export const ProcedureSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  /** National code on the public service portal, e.g. 1.001193, where known. */
  code: v.exactOptional(v.pipe(v.string(), v.regex(/^\d\.\d{6}$/, 'mã TTHC có dạng d.dddddd'))),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'tên thủ tục không được để trống'), v.maxLength(300)),
  /** Field (lĩnh vực), the row of Biểu 06. */
  field: v.pipe(v.string(), v.trim(), v.minLength(1, 'lĩnh vực không được để trống'), v.maxLength(120)),
  timeLimit: TimeLimitSchema,
  /** Received at or after this time, counting starts the next working day (e.g. 15:00 for chứng thực). */
  cutoff: v.exactOptional(ClockTimeSchema),
  /** Whether a fee or charge (phí, lệ phí) applies: the denominator of online payment. */
  hasFee: v.boolean(),
  /** Whether the result is a paper document (giấy tờ) rather than only a record. */
  paperResult: v.boolean(),
  /** A certified copy from the original (chứng thực bản sao từ bản chính): the e-certified-copy denominator. */
  certifiedCopy: v.boolean(),
});

export type Procedure = v.InferOutput<typeof ProcedureSchema>;

/** "3 ngày làm việc", "8 giờ làm việc", "trong ngày". */
export function describeTimeLimit(limit: TimeLimit): string {
  switch (limit.unit) {
    case 'working_days':
      return `${limit.amount} ngày làm việc`;
    case 'hours':
      return `${limit.amount} giờ làm việc`;
    case 'same_day':
      return 'trong ngày';
  }
}
