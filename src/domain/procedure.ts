import * as v from 'valibot';

/** An administrative procedure (thủ tục hành chính) as the skeleton knows it. */
export const ProcedureSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  /** National code on the public service portal, e.g. 1.001193, where known. */
  code: v.exactOptional(v.pipe(v.string(), v.regex(/^\d\.\d{6}$/, 'mã TTHC có dạng d.dddddd'))),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
  /** Field (lĩnh vực), the row of Biểu 06. */
  field: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  /** Legal time limit in working days; 0 means the same day. */
  timeLimitDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
});

export type Procedure = v.InferOutput<typeof ProcedureSchema>;
