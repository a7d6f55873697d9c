import * as v from 'valibot';
import { ChannelSchema } from './channel.ts';
import { ProcedureSchema } from './procedure.ts';
import { isDateKey } from './vietnamTime.ts';
import { isUuidv7 } from './uuidv7.ts';

/** Bumped whenever the stored shape changes; the data layer upgrades older records. */
export const DOSSIER_SCHEMA_VERSION = 1;

/** Lifecycle of a dossier in the skeleton: received → resolved → returned (DOMAIN.md §1). */
export const DOSSIER_STATUSES = ['received', 'resolved', 'returned'] as const;
export const DossierStatusSchema = v.picklist(DOSSIER_STATUSES);
export type DossierStatus = v.InferOutput<typeof DossierStatusSchema>;

const Instant = v.pipe(v.string(), v.isoTimestamp('thời điểm phải là ISO 8601'));
const DateKeySchema = v.pipe(v.string(), v.check(isDateKey, 'ngày phải có dạng YYYY-MM-DD'));

/** A received dossier (hồ sơ) and its outcome, as stored on the device and the server. */
export const DossierSchema = v.pipe(
  v.object({
    schemaVersion: v.literal(DOSSIER_SCHEMA_VERSION),
    id: v.pipe(v.string(), v.check(isUuidv7, 'mã hồ sơ phải là UUIDv7')),
    procedure: ProcedureSchema,
    channel: ChannelSchema,
    receivedAt: Instant,
    /** Ngày hẹn trả: a Vietnam calendar day. */
    appointmentDate: DateKeySchema,
    status: DossierStatusSchema,
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

export type Dossier = v.InferOutput<typeof DossierSchema>;

function notBefore(later: string | undefined, earlier: string | undefined): boolean {
  if (later === undefined) return true;
  return earlier !== undefined && Date.parse(later) >= Date.parse(earlier);
}
