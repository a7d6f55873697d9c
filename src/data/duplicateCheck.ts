import { foldVietnamese } from '../domain/csv/normalizeHeader.ts';
import { normalizeDossierCode, type Dossier } from '../domain/dossier.ts';
import { vietnamDateKey, vietnamDayBounds } from '../domain/vietnamTime.ts';
import type { SoMotCuaDatabase } from './database.ts';

/** What the officer is about to save, as far as spotting a twin goes. */
export interface DuplicateCandidate {
  readonly procedureId: string;
  readonly receivedAt: Date;
  readonly code?: string;
  readonly applicantName?: string;
}

/** Why a stored dossier may be the one being saved again. */
export type DuplicateReason = 'same_code' | 'same_applicant';

/** A stored dossier that may be the same as the candidate: a warning, never a block. */
export interface PossibleDuplicate {
  readonly dossier: Dossier;
  readonly reason: DuplicateReason;
}

/**
 * Why `existing` may duplicate the candidate: the same dossier code (case and spaces
 * ignored), or the same procedure for the same applicant name (diacritics and case ignored)
 * on the candidate's Vietnam day. Null when neither, or when `existing` was voided.
 */
export function duplicateReason(candidate: DuplicateCandidate, existing: Dossier): DuplicateReason | null {
  if (existing.voidedAt !== undefined) return null;
  const code = codeKey(candidate.code);
  if (code !== '' && codeKey(existing.code) === code) return 'same_code';
  const name = nameKey(candidate.applicantName);
  if (
    name !== '' &&
    existing.procedure.id === candidate.procedureId &&
    nameKey(existing.applicant?.name) === name &&
    vietnamDateKey(existing.receivedAt) === vietnamDateKey(candidate.receivedAt)
  ) {
    return 'same_applicant';
  }
  return null;
}

/**
 * The first stored dossier that may duplicate the candidate, a same code before a same
 * applicant. Codes are stored normalised (normalizeDossierCode) and indexed, so both checks
 * read only the few matching records.
 */
export async function findPossibleDuplicate(db: SoMotCuaDatabase, candidate: DuplicateCandidate): Promise<PossibleDuplicate | null> {
  if (codeKey(candidate.code) !== '') {
    const sameCode = (await db.dossiers.where('code').equals(codeKey(candidate.code)).toArray()).find((d) => duplicateReason(candidate, d) === 'same_code');
    if (sameCode) return { dossier: sameCode, reason: 'same_code' };
  }
  if (nameKey(candidate.applicantName) === '') return null;
  const { start, end } = vietnamDayBounds(vietnamDateKey(candidate.receivedAt));
  const sameDay = await db.dossiers.where('receivedAt').between(start, end, true, false).toArray();
  const sameApplicant = sameDay.find((d) => duplicateReason(candidate, d) === 'same_applicant');
  return sameApplicant ? { dossier: sameApplicant, reason: 'same_applicant' } : null;
}

function codeKey(code: string | undefined): string {
  return normalizeDossierCode(code ?? '');
}

function nameKey(name: string | undefined): string {
  return foldVietnamese(name ?? '');
}
