import * as v from 'valibot';
import { ChannelSchema } from './channel.ts';
import { ProcedureSchema } from './procedure.ts';
import { SatisfactionSchema } from './satisfaction.ts';
import { DateKeySchema, InstantSchema, NoteSchema, Uuidv7Schema } from './schemaPrimitives.ts';

/** Bumped whenever the stored shape changes; older records are upgraded (see upgradeDossier.ts). */
export const DOSSIER_SCHEMA_VERSION = 2;

/**
 * Lifecycle (DOMAIN.md §1): received (in progress, possibly waiting for documents) →
 * resolved → returned; or ended early as rejected (từ chối), withdrawn (rút) or stopped (dừng).
 */
export const DOSSIER_STATUSES = ['received', 'resolved', 'returned', 'rejected', 'withdrawn', 'stopped'] as const;
export const DossierStatusSchema = v.picklist(DOSSIER_STATUSES);
export type DossierStatus = v.InferOutput<typeof DossierStatusSchema>;

/** Statuses that end a dossier before a result: Mẫu 03 (từ chối) and 05 (dừng) of Circular 03/2025. */
export const EARLY_END_STATUSES = ['rejected', 'withdrawn', 'stopped'] as const;

/** A request for more documents (Mẫu 02, phiếu yêu cầu bổ sung): the clock stops until they return. */
export const SupplementRequestSchema = v.object({
  requestedAt: InstantSchema,
  returnedAt: v.exactOptional(InstantSchema),
  note: v.exactOptional(NoteSchema),
});
export type SupplementRequest = v.InferOutput<typeof SupplementRequestSchema>;

/** An apology with a new date for a late dossier (Mẫu 04, xin lỗi và gia hạn). */
export const ApologySchema = v.object({
  issuedAt: InstantSchema,
  newDate: DateKeySchema,
  reason: v.exactOptional(NoteSchema),
});
export type Apology = v.InferOutput<typeof ApologySchema>;

/** The applicant's personal data: optional, never needed by an indicator (Decree 13/2023/NĐ-CP). */
export const ApplicantSchema = v.object({
  name: v.exactOptional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
  address: v.exactOptional(v.pipe(v.string(), v.trim(), v.maxLength(300))),
  phone: v.exactOptional(v.pipe(v.string(), v.trim(), v.regex(/^[0-9+ .()-]{0,20}$/, 'số điện thoại không hợp lệ'))),
});

const DossierObjectSchema = v.object({
  schemaVersion: v.literal(DOSSIER_SCHEMA_VERSION),
  id: Uuidv7Schema,
  /** The dossier code (mã hồ sơ) written on the receipt, when the unit uses one. */
  code: v.exactOptional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64))),
  /** The procedure as it was when received (a later catalogue edit does not rewrite history). */
  procedure: ProcedureSchema,
  channel: ChannelSchema,
  /** The officer who received it (for per-officer figures). */
  officerId: v.exactOptional(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
  applicant: v.exactOptional(ApplicantSchema),
  receivedAt: InstantSchema,
  /** The legal deadline, supplement time included: what early / on time / late is judged by. */
  dueDate: DateKeySchema,
  /** Ngày hẹn trả told to the citizen: the due date, or the apology's new date. */
  appointmentDate: DateKeySchema,
  status: DossierStatusSchema,
  supplementRequests: v.pipe(v.array(SupplementRequestSchema), v.maxLength(20)),
  apology: v.exactOptional(ApologySchema),
  resolvedAt: v.exactOptional(InstantSchema),
  returnedAt: v.exactOptional(InstantSchema),
  /** When a rejected, withdrawn or stopped dossier ended, and why. */
  endedAt: v.exactOptional(InstantSchema),
  endReason: v.exactOptional(NoteSchema),
  digitized: v.boolean(),
  electronicResult: v.boolean(),
  reusedData: v.boolean(),
  /** Fee paid online (only meaningful when the procedure has a fee). */
  paidOnline: v.boolean(),
  /** The result was sent back through the public postal service (bưu chính công ích). */
  returnedByPost: v.boolean(),
  /** The result was synced to the National Public Service Portal (DVCQG). */
  syncedToPortal: v.boolean(),
  /** The certified copy was issued electronically (chứng thực bản sao điện tử). */
  electronicCertifiedCopy: v.boolean(),
  satisfaction: v.exactOptional(SatisfactionSchema),
  /** A complaint (phản ánh) was lodged about this dossier: counts against the 766 satisfaction formula. */
  complaint: v.boolean(),
  /** Set when the entry was a mistake (undone receipt): kept as a tombstone for sync, counted nowhere. */
  voidedAt: v.exactOptional(InstantSchema),
  /** Last local modification. */
  updatedAt: InstantSchema,
});

/** Every field a dossier can have. */
export const DOSSIER_FIELDS: readonly string[] = Object.keys(DossierObjectSchema.entries);

/** A dossier (hồ sơ) and its outcome, as stored on the device and the server. */
export const DossierSchema = v.pipe(
  DossierObjectSchema,
  v.check((d) => ['resolved', 'returned'].includes(d.status) === (d.resolvedAt !== undefined), 'hồ sơ đã giải quyết phải có thời điểm giải quyết, và ngược lại'),
  v.check((d) => (d.status === 'returned') === (d.returnedAt !== undefined), 'hồ sơ đã trả phải có thời điểm trả, và ngược lại'),
  v.check(
    (d) => (EARLY_END_STATUSES as readonly string[]).includes(d.status) === (d.endedAt !== undefined),
    'hồ sơ bị từ chối, rút hoặc dừng phải có thời điểm kết thúc, và ngược lại',
  ),
  v.check((d) => notBefore(d.resolvedAt, d.receivedAt) && notBefore(d.endedAt, d.receivedAt), 'thời điểm kết thúc trước thời điểm tiếp nhận'),
  v.check((d) => d.returnedAt === undefined || notBefore(d.returnedAt, d.resolvedAt), 'thời điểm trả trước thời điểm giải quyết'),
  v.check((d) => d.supplementRequests.every((r) => notBefore(r.requestedAt, d.receivedAt) && (r.returnedAt === undefined || notBefore(r.returnedAt, r.requestedAt))), 'yêu cầu bổ sung có thời điểm không hợp lệ'),
  v.check((d) => d.supplementRequests.slice(0, -1).every((r) => r.returnedAt !== undefined), 'chỉ yêu cầu bổ sung cuối cùng được phép chưa nhận lại'),
);

export type Dossier = v.InferOutput<typeof DossierSchema>;

/** The facts a new (or upgraded) dossier starts with, before the officer records any. */
export const NO_FACTS_YET = {
  reusedData: false,
  paidOnline: false,
  returnedByPost: false,
  syncedToPortal: false,
  electronicCertifiedCopy: false,
  complaint: false,
} as const satisfies Partial<Dossier>;

/** A dossier code as stored: spaces dropped, upper case, so a typed and a scanned code compare equal. */
export function normalizeDossierCode(code: string): string {
  return code.replace(/\s+/g, '').toLocaleUpperCase('vi-VN');
}

/** True for an entry undone as a mistake: in no list, tally or indicator. */
export function isVoided(d: Pick<Dossier, 'voidedAt'>): boolean {
  return d.voidedAt !== undefined;
}

/** True when the dossier has ended (with a result or without). */
export function isFinished(d: Pick<Dossier, 'status'>): boolean {
  return d.status !== 'received';
}

/** When a finished dossier ended: resolution for a result, otherwise the end of rejection / withdrawal / stop. */
export function endTimeOf(d: Pick<Dossier, 'resolvedAt' | 'endedAt'>): string | undefined {
  return d.resolvedAt ?? d.endedAt;
}

/** The open supplement request, if the dossier is waiting for the citizen's documents. */
export function openSupplementRequest(d: Pick<Dossier, 'supplementRequests'>): SupplementRequest | undefined {
  const last = d.supplementRequests.at(-1);
  return last !== undefined && last.returnedAt === undefined ? last : undefined;
}

function notBefore(later: string | undefined, earlier: string | undefined): boolean {
  if (later === undefined) return true;
  return earlier !== undefined && Date.parse(later) >= Date.parse(earlier);
}
