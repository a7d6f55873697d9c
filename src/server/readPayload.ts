import * as v from 'valibot';
import { FeedbackSchema } from '../domain/feedback.ts';
import { readAnyDossier } from '../domain/upgradeDossier.ts';
import type { Change } from '../sync/protocol.ts';
import { describeIssues, VIETNAMESE_MESSAGES } from './describeIssues.ts';
import type { ValidatedChange } from './store/syncStore.ts';

/** A timestamp the store will order or normalise, by the field name a rejection should give. */
export type NamedInstant = readonly [field: string, value: string | undefined];

/** A change with its payload read as its entity's current shape, or why the payload was refused. */
export type PayloadReading =
  | { readonly ok: true; readonly change: ValidatedChange; readonly instants: readonly NamedInstant[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a change's payload with the schema of the entity it names: dossiers of any known
 * version (phones still on the skeleton's version 1 are upgraded here, not refused), and
 * feedback. Reasons are Vietnamese and name the failing field under `payload.`.
 */
export function readPayload(change: Change): PayloadReading {
  switch (change.entity) {
    case 'dossier': {
      const read = readAnyDossier(change.payload, VIETNAMESE_MESSAGES);
      if (!read.success) return { ok: false, reason: `Hồ sơ không hợp lệ: ${describeIssues(read.issues, 'payload.')}` };
      const d = read.output;
      return {
        ok: true,
        change: { ...change, entity: 'dossier', payload: d },
        instants: [
          ['payload.receivedAt', d.receivedAt],
          ['payload.updatedAt', d.updatedAt],
          ['payload.resolvedAt', d.resolvedAt],
          ['payload.returnedAt', d.returnedAt],
          ['payload.endedAt', d.endedAt],
        ],
      };
    }
    case 'feedback': {
      const read = v.safeParse(FeedbackSchema, change.payload, VIETNAMESE_MESSAGES);
      if (!read.success) return { ok: false, reason: `Phản ánh không hợp lệ: ${describeIssues(read.issues, 'payload.')}` };
      const f = read.output;
      return {
        ok: true,
        change: { ...change, entity: 'feedback', payload: f },
        instants: [
          ['payload.receivedAt', f.receivedAt],
          ['payload.handledAt', f.handledAt],
          ['payload.updatedAt', f.updatedAt],
        ],
      };
    }
  }
}
