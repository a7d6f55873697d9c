import * as v from 'valibot';
import { ChannelSchema } from './channel.ts';
import { DateKeySchema, InstantSchema as Instant } from './schemaPrimitives.ts';
import { isUuidv7 } from './uuidv7.ts';

/**
 * The walking skeleton's dossier (schema version 1), kept only to read and upgrade records
 * written by that version (IndexedDB on phones, and changes already on a server).
 */
const ProcedureV1Schema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  code: v.exactOptional(v.pipe(v.string(), v.regex(/^\d\.\d{6}$/))),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
  field: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  timeLimitDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
});

/** A version-1 dossier as the skeleton stored it. */
export const DossierV1Schema = v.pipe(
  v.object({
    schemaVersion: v.literal(1),
    id: v.pipe(v.string(), v.check(isUuidv7, 'mã hồ sơ phải là UUIDv7')),
    procedure: ProcedureV1Schema,
    channel: ChannelSchema,
    receivedAt: Instant,
    /** Ngày hẹn trả: a Vietnam calendar day. */
    appointmentDate: DateKeySchema,
    status: v.picklist(['received', 'resolved', 'returned']),
    resolvedAt: v.exactOptional(Instant),
    returnedAt: v.exactOptional(Instant),
    digitized: v.boolean(),
    electronicResult: v.boolean(),
    /** Last local modification, used to order snapshots until per-field clocks arrive. */
    updatedAt: Instant,
  }),
  v.check(
    (d) => (d.status === 'received') === (d.resolvedAt === undefined),
    'hồ sơ đã giải quyết phải có thời điểm giải quyết, và ngược lại',
  ),
  v.check((d) => (d.status === 'returned') === (d.returnedAt !== undefined), 'hồ sơ đã trả phải có thời điểm trả, và ngược lại'),
  v.check((d) => notBefore(d.resolvedAt, d.receivedAt), 'thời điểm giải quyết trước thời điểm tiếp nhận'),
  v.check((d) => notBefore(d.returnedAt, d.resolvedAt), 'thời điểm trả trước thời điểm giải quyết'),
);

export type DossierV1 = v.InferOutput<typeof DossierV1Schema>;

function notBefore(later: string | undefined, earlier: string | undefined): boolean {
  if (later === undefined) return true;
  return earlier !== undefined && Date.parse(later) >= Date.parse(earlier);
}
