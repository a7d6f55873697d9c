import * as v from 'valibot';
import { isUuidv7 } from '../domain/uuidv7.ts';

/**
 * The wire contract between device and server (DESIGN.md, "Sync contract"). Shared by both
 * sides so that a change the device can build is a change the server can read.
 */
export const PROTOCOL_VERSION = 2;

/** The header every authenticated request carries: `Authorization: Bearer <token>`. */
export const AUTH_SCHEME = 'Bearer';

/** Most changes in one push. */
export const MAX_BATCH_SIZE = 500;

const Uuidv7 = v.pipe(v.string(), v.check(isUuidv7, 'phải là UUIDv7'));
const Sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'phải là SHA-256 dạng hex'));
const IsoInstant = v.pipe(v.string(), v.isoTimestamp());

/**
 * A hybrid logical clock reading as fixed-width text, so that plain string order is clock
 * order: 15 digits of wall-clock milliseconds, 6 base-36 digits of counter, then the node
 * (device) id. See `src/sync/merge/hybridLogicalClock.ts`.
 */
export const HlcSchema = v.pipe(v.string(), v.regex(/^\d{15}:[0-9a-z]{6}:[0-9a-z-]{1,64}$/, 'phải là đồng hồ HLC'));

/**
 * The clock of every register (field, or group of fields that must change together) of a
 * record snapshot: what per-field last-writer-wins merging orders by.
 */
export const RegisterClocksSchema = v.pipe(v.record(v.pipe(v.string(), v.maxLength(64)), HlcSchema), v.maxEntries(64));
export type RegisterClocks = v.InferOutput<typeof RegisterClocksSchema>;

/**
 * The kinds of record a change can touch: dossiers (hồ sơ) and feedback (phản ánh, kiến nghị).
 * Adding a kind is backward compatible (an older app simply never sends it), so the protocol
 * version stays; removing or reshaping one is not.
 */
export const ENTITIES = ['dossier', 'feedback'] as const;

/** One kind of record a change can touch. */
export type Entity = (typeof ENTITIES)[number];

/** One change as it travels: a full snapshot of one record after a local edit. */
export const ChangeSchema = v.object({
  changeId: Uuidv7,
  deviceId: Uuidv7,
  /** Per-device, gap-free, starting at 1. */
  seq: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2 ** 31 - 1)),
  entity: v.picklist(ENTITIES),
  entityId: Uuidv7,
  /** When the change was made, device clock. */
  at: v.pipe(v.string(), v.isoTimestamp()),
  payload: v.unknown(),
  /**
   * Per-register clocks of the snapshot. Absent on changes queued before merging existed:
   * the server then gives every register the clock of the snapshot's `updatedAt`.
   */
  clocks: v.exactOptional(RegisterClocksSchema),
  hash: Sha256Hex,
});
export type Change = v.InferOutput<typeof ChangeSchema>;

/**
 * A push. Each change is checked on its own, so one bad change is rejected with a reason
 * while the rest of the batch goes through; only its id must be readable to answer it.
 */
export const PushRequestSchema = v.object({
  protocol: v.number(),
  deviceId: Uuidv7,
  changes: v.pipe(
    v.array(v.looseObject({ changeId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) })),
    v.maxLength(MAX_BATCH_SIZE, `tối đa ${MAX_BATCH_SIZE} thay đổi mỗi lần gửi`),
  ),
});
export type PushRequest = v.InferOutput<typeof PushRequestSchema>;

export const RECEIPT_STATUSES = ['accepted', 'duplicate', 'rejected'] as const;

/** The server's answer to one change. */
export const ReceiptSchema = v.object({
  changeId: v.string(),
  status: v.picklist(RECEIPT_STATUSES),
  reason: v.exactOptional(v.string()),
  /**
   * `seq_taken`: the server already holds another change at this (deviceId, seq), as after the
   * phone's storage was restored from an old copy. The phone renumbers the change and sends it
   * again instead of quarantining it.
   */
  code: v.exactOptional(v.picklist(['seq_taken'])),
});
export type Receipt = v.InferOutput<typeof ReceiptSchema>;

/**
 * What the server knows of the device's changes, for data-loss detection: the highest `seq`
 * it has stored from this device, and the sequence numbers below it that never arrived
 * (inclusive ranges, the first few only).
 */
export const DeviceStateSchema = v.object({
  maxSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  missing: v.array(v.tuple([v.number(), v.number()])),
});
export type DeviceState = v.InferOutput<typeof DeviceStateSchema>;

/** The server's answer to a push: one receipt per change, in order, and its clock. */
export const PushResponseSchema = v.object({
  serverTime: IsoInstant,
  receipts: v.array(ReceiptSchema),
  device: DeviceStateSchema,
});
export type PushResponse = v.InferOutput<typeof PushResponseSchema>;

/** The body of every 4xx/5xx answer. */
export const ErrorResponseSchema = v.object({ error: v.string() });

/** Most records in one pull page. */
export const MAX_PULL_PAGE = 500;

/** One record as a pull returns it: its merged current snapshot and register clocks. */
export const PulledRecordSchema = v.object({
  entity: v.picklist(ENTITIES),
  id: Uuidv7,
  payload: v.unknown(),
  clocks: RegisterClocksSchema,
});
export type PulledRecord = v.InferOutput<typeof PulledRecordSchema>;

/**
 * `GET /api/pull?protocol=2&since=<cursor>`: the unit's records changed after `cursor`, oldest
 * change first. `cursor` is opaque to the device (a decimal string); `more` says whether
 * another page waits.
 */
export const PullResponseSchema = v.object({
  serverTime: IsoInstant,
  records: v.array(PulledRecordSchema),
  cursor: v.pipe(v.string(), v.regex(/^\d{1,20}$/)),
  more: v.boolean(),
  device: DeviceStateSchema,
});
export type PullResponse = v.InferOutput<typeof PullResponseSchema>;

/** Who a token speaks for: an officer who records, or a supervisor who only reads. */
export const ROLES = ['officer', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

/** `POST /api/enroll`: trade a one-time enrollment code for this device's token. */
export const EnrollRequestSchema = v.object({
  protocol: v.number(),
  /** As issued: letters and digits, dashes and spaces ignored, any case. */
  code: v.pipe(v.string(), v.maxLength(64)),
  deviceId: Uuidv7,
});
export type EnrollRequest = v.InferOutput<typeof EnrollRequestSchema>;

/** The answer to a successful enrollment. The token is shown once and never again. */
export const EnrollResponseSchema = v.object({
  serverTime: IsoInstant,
  token: v.pipe(v.string(), v.minLength(32), v.maxLength(128)),
  role: v.picklist(ROLES),
  unit: v.object({ id: v.string(), name: v.string() }),
  officer: v.object({ id: v.string(), name: v.string() }),
});
export type EnrollResponse = v.InferOutput<typeof EnrollResponseSchema>;

/** One field of a record before and after a change, as JSON values (null when unset). */
export const AuditFieldSchema = v.object({ field: v.string(), before: v.unknown(), after: v.unknown() });

/**
 * One entry of a record's audit trail on the server: the accepted change (device and seq),
 * who made it (the officer the device's token names; null for changes stored before the
 * trail existed by a device without a token), its own time (`at`, device clock) and when the
 * server received it, the step it amounts to and the fields whose merged value changed.
 */
export const AuditEntrySchema = v.object({
  auditSeq: v.number(),
  changeId: v.string(),
  deviceId: v.string(),
  seq: v.number(),
  officerId: v.nullable(v.string()),
  officerName: v.nullable(v.string()),
  /** A dossier step (`DossierAction`), 'received'/'edited' for feedback. */
  action: v.string(),
  at: IsoInstant,
  receivedAt: IsoInstant,
  fields: v.array(AuditFieldSchema),
});
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;

/** `GET /api/dossiers/:id/history?protocol=2[&unit=]`: the dossier's audit trail, oldest first. */
export const DossierHistoryResponseSchema = v.object({
  serverTime: IsoInstant,
  unitId: v.string(),
  dossierId: v.string(),
  entries: v.array(AuditEntrySchema),
});
export type DossierHistoryResponse = v.InferOutput<typeof DossierHistoryResponseSchema>;
