import * as v from 'valibot';
import { DateKeySchema, InstantSchema, NoteSchema, Uuidv7Schema } from './schemaPrimitives.ts';
import { vietnamDateKey, type DateKey } from './vietnamTime.ts';
import { addWorkingDays, type WorkingDayCalendar } from './workingDays.ts';

/**
 * Default time limit for handling feedback (phản ánh, kiến nghị): 10 working days from
 * acceptance (Decree 20/2008/NĐ-CP art. 14, as amended; to verify locally, editable per record).
 */
export const DEFAULT_FEEDBACK_TIME_LIMIT_DAYS = 10;

export const FEEDBACK_SCHEMA_VERSION = 1;

const FeedbackObjectSchema = v.object({
  schemaVersion: v.literal(FEEDBACK_SCHEMA_VERSION),
  id: Uuidv7Schema,
  receivedAt: InstantSchema,
  subject: v.pipe(v.string(), v.trim(), v.minLength(1, 'hãy ghi nội dung phản ánh'), v.maxLength(300)),
  field: v.exactOptional(v.pipe(v.string(), v.trim(), v.maxLength(120))),
  officerId: v.exactOptional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  timeLimitDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)),
  dueDate: DateKeySchema,
  handledAt: v.exactOptional(InstantSchema),
  note: v.exactOptional(NoteSchema),
  updatedAt: InstantSchema,
});

/** Every field a piece of feedback can have. */
export const FEEDBACK_FIELDS: readonly string[] = Object.keys(FeedbackObjectSchema.entries);

/** A piece of feedback on administrative rules (PAKN), with its own deadline. */
export const FeedbackSchema = v.pipe(
  FeedbackObjectSchema,
  v.check((f) => f.handledAt === undefined || Date.parse(f.handledAt) >= Date.parse(f.receivedAt), 'thời điểm xử lý trước thời điểm tiếp nhận'),
);
export type Feedback = v.InferOutput<typeof FeedbackSchema>;

/** A newly received feedback with its due date in working days. */
export function receiveFeedback(
  input: { id: string; receivedAt: Date; subject: string; field?: string; officerId?: string; timeLimitDays?: number },
  calendar: WorkingDayCalendar,
): Feedback {
  const limit = input.timeLimitDays ?? DEFAULT_FEEDBACK_TIME_LIMIT_DAYS;
  const at = input.receivedAt.toISOString();
  return {
    schemaVersion: FEEDBACK_SCHEMA_VERSION,
    id: input.id,
    receivedAt: at,
    subject: input.subject.trim(),
    ...(input.field !== undefined ? { field: input.field } : {}),
    ...(input.officerId !== undefined ? { officerId: input.officerId } : {}),
    timeLimitDays: limit,
    dueDate: feedbackDueDate(at, limit, calendar),
    updatedAt: at,
  };
}

/** Due date of feedback: receipt day + time limit in working days. */
export function feedbackDueDate(receivedAt: string, timeLimitDays: number, calendar: WorkingDayCalendar): DateKey {
  return addWorkingDays(vietnamDateKey(receivedAt), timeLimitDays, calendar);
}

/** Marks feedback handled. */
export function handleFeedback(f: Feedback, at: Date): Feedback {
  const iso = at.getTime() >= Date.parse(f.receivedAt) ? at.toISOString() : f.receivedAt;
  return { ...f, handledAt: iso, updatedAt: iso };
}
