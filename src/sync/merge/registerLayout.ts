import { DOSSIER_FIELDS, type Dossier } from '../../domain/dossier.ts';
import { FEEDBACK_FIELDS, type Feedback } from '../../domain/feedback.ts';
import type { Entity } from '../protocol.ts';

/**
 * How a kind of record splits into registers, the units of last-writer-wins merging.
 * Every field is its own register except:
 * - `structural` fields, identical on every copy (`id`, `schemaVersion`) or merged by
 *   taking the later one (`updatedAt`);
 * - `groups`, fields that must change together because the schema checks them against each
 *   other (a resolved status needs its resolution time): a group is won as a whole, so a
 *   merge can never produce a record its schema refuses.
 */
export interface RegisterLayout {
  /** Every field the record can have. */
  readonly fields: readonly string[];
  readonly structural: readonly string[];
  readonly groups: Readonly<Record<string, readonly string[]>>;
}

/**
 * Dossiers. The timeline group holds every field the dossier schema checks against another
 * (status and its times, supplement requests, and the dates they move) plus what the due date
 * is computed from (procedure, receipt time). The facts an officer ticks (digitized, paid
 * online, satisfaction…), the code, the applicant, the channel and the void mark are each
 * their own register, so two officers ticking different facts both keep their edits.
 */
export const DOSSIER_LAYOUT = {
  fields: DOSSIER_FIELDS,
  structural: ['id', 'schemaVersion', 'updatedAt'],
  groups: {
    timeline: [
      'procedure',
      'receivedAt',
      'dueDate',
      'appointmentDate',
      'status',
      'supplementRequests',
      'apology',
      'resolvedAt',
      'returnedAt',
      'endedAt',
      'endReason',
    ],
  },
} as const satisfies RegisterLayout & { structural: readonly (keyof Dossier)[]; groups: Record<string, readonly (keyof Dossier)[]> };

/** Feedback: the handling time is checked against the receipt time, so they go together with the deadline. */
export const FEEDBACK_LAYOUT = {
  fields: FEEDBACK_FIELDS,
  structural: ['id', 'schemaVersion', 'updatedAt'],
  groups: { timeline: ['receivedAt', 'timeLimitDays', 'dueDate', 'handledAt'] },
} as const satisfies RegisterLayout & { structural: readonly (keyof Feedback)[]; groups: Record<string, readonly (keyof Feedback)[]> };

/** The layout of an entity. */
export function layoutOf(entity: Entity): RegisterLayout {
  return entity === 'dossier' ? DOSSIER_LAYOUT : FEEDBACK_LAYOUT;
}

/** The register a field belongs to (its group's name, or the field itself); null for structural fields. */
export function registerOf(layout: RegisterLayout, field: string): string | null {
  if (layout.structural.includes(field)) return null;
  for (const [group, fields] of Object.entries(layout.groups)) if (fields.includes(field)) return group;
  return field;
}

/** The fields a register covers. */
export function fieldsOf(layout: RegisterLayout, register: string): readonly string[] {
  return layout.groups[register] ?? [register];
}

/** Every register the given records touch (in any order; deduplicated). */
export function registersIn(layout: RegisterLayout, ...records: readonly Readonly<Record<string, unknown>>[]): Set<string> {
  const registers = new Set<string>();
  for (const record of records) {
    for (const field of Object.keys(record)) {
      const register = registerOf(layout, field);
      if (register !== null) registers.add(register);
    }
  }
  return registers;
}

/** Whether `name` is a register of the layout: a group, or a field that is neither structural nor in a group. */
export function isRegister(layout: RegisterLayout, name: string): boolean {
  if (Object.hasOwn(layout.groups, name)) return true;
  return layout.fields.includes(name) && registerOf(layout, name) === name;
}

/** Every register of the layout, whether a record has its fields or not. */
export function allRegisters(layout: RegisterLayout): Set<string> {
  const registers = new Set<string>();
  for (const field of layout.fields) {
    const register = registerOf(layout, field);
    if (register !== null) registers.add(register);
  }
  return registers;
}
