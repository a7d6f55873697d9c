import * as v from 'valibot';
import { isUuidv7 } from '../domain/uuidv7.ts';

/**
 * The wire contract between device and server (DESIGN.md, "Sync contract"). Shared by both
 * sides so that a change the device can build is a change the server can read.
 */
export const PROTOCOL_VERSION = 1;

/** Most changes in one push. */
export const MAX_BATCH_SIZE = 500;

const Uuidv7 = v.pipe(v.string(), v.check(isUuidv7, 'phải là UUIDv7'));
const Sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'phải là SHA-256 dạng hex'));

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
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  entity: v.picklist(ENTITIES),
  entityId: Uuidv7,
  /** When the change was made, device clock. */
  at: v.pipe(v.string(), v.isoTimestamp()),
  payload: v.unknown(),
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
});
export type Receipt = v.InferOutput<typeof ReceiptSchema>;

/** The server's answer to a push: one receipt per change, in order, and its clock. */
export const PushResponseSchema = v.object({
  serverTime: v.pipe(v.string(), v.isoTimestamp()),
  receipts: v.array(ReceiptSchema),
});
export type PushResponse = v.InferOutput<typeof PushResponseSchema>;

/** The body of every 4xx/5xx answer. */
export const ErrorResponseSchema = v.object({ error: v.string() });
