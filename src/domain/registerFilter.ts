import { foldVietnamese } from './csv/normalizeHeader.ts';
import { outcomeOf, type ApologyRule } from './deadlines/outcome.ts';
import { pendingStatusAt } from './deadlines/pendingStatus.ts';
import { EARLY_END_STATUSES, isVoided, type Dossier, type DossierStatus } from './dossier.ts';

/** The register's status choices: all, in progress, resolved (not yet returned), returned, ended early, overdue. */
export const REGISTER_STATUS_FILTERS = ['all', 'in_progress', 'resolved', 'returned', 'ended', 'overdue'] as const;
/** One of REGISTER_STATUS_FILTERS. */
export type RegisterStatusFilter = (typeof REGISTER_STATUS_FILTERS)[number];

/** What the officer narrows the register by (every part optional: nothing set matches every dossier). */
export interface RegisterCriteria {
  readonly status?: RegisterStatusFilter | undefined;
  /** A field (lĩnh vực) of the procedure as received. */
  readonly field?: string | undefined;
  /** Free text: procedure name, dossier code, applicant name or phone; diacritics and case ignored. */
  readonly search?: string | undefined;
}

type RegisterDossier = Pick<
  Dossier,
  'procedure' | 'code' | 'applicant' | 'status' | 'receivedAt' | 'resolvedAt' | 'endedAt' | 'dueDate' | 'apology' | 'supplementRequests' | 'voidedAt'
>;

const ENDED_EARLY: readonly DossierStatus[] = EARLY_END_STATUSES;

/** True when no criterion narrows anything: every dossier that is not voided matches. */
export function isUnfiltered(criteria: RegisterCriteria): boolean {
  return (criteria.status ?? 'all') === 'all' && !criteria.field && searchTokens(criteria.search ?? '').length === 0;
}

/**
 * Overdue ("quá hạn") at `now`: still in progress past its judged day (waiting for the
 * citizen's documents stops the clock), or finished after it.
 */
export function isOverdue(d: RegisterDossier, now: string, rule: ApologyRule = 'judge_by_due_date'): boolean {
  return d.status === 'received' ? pendingStatusAt(d, now, rule) === 'overdue' : outcomeOf(d, rule) === 'late';
}

/** The words of a search, folded (no diacritics, lower case); every one must be found. */
export function searchTokens(search: string): string[] {
  const folded = foldVietnamese(search);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * The register's matching predicate, built once per query (the search is folded once, not per
 * dossier). Voided entries never match. `now` judges "quá hạn" for dossiers still in progress.
 */
export function registerMatcher(criteria: RegisterCriteria, now: string, rule: ApologyRule = 'judge_by_due_date'): (d: RegisterDossier) => boolean {
  const status = criteria.status ?? 'all';
  const field = criteria.field ?? '';
  const tokens = searchTokens(criteria.search ?? '');
  return (d) =>
    !isVoided(d) &&
    (field === '' || d.procedure.field === field) &&
    statusMatches(d, status, now, rule) &&
    (tokens.length === 0 || containsAll(searchText(d), tokens));
}

function statusMatches(d: RegisterDossier, status: RegisterStatusFilter, now: string, rule: ApologyRule): boolean {
  switch (status) {
    case 'all':
      return true;
    case 'in_progress':
      return d.status === 'received';
    case 'resolved':
      return d.status === 'resolved';
    case 'returned':
      return d.status === 'returned';
    case 'ended':
      return ENDED_EARLY.includes(d.status);
    case 'overdue':
      return isOverdue(d, now, rule);
  }
}

function containsAll(text: string, tokens: readonly string[]): boolean {
  return tokens.every((token) => text.includes(token));
}

// Procedure names repeat across thousands of dossiers: fold each once.
const foldedNames = new Map<string, string>();
const NAME_CACHE_LIMIT = 2_000;

function foldedName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size >= NAME_CACHE_LIMIT) foldedNames.clear();
    folded = foldVietnamese(name);
    foldedNames.set(name, folded);
  }
  return folded;
}

/** Everything a search looks in, folded; a phone also as bare digits ("0912 345 678" ↔ "0912345678"). */
function searchText(d: RegisterDossier): string {
  const name = foldedName(d.procedure.name);
  if (d.code === undefined && d.applicant === undefined) return name;
  const phone = d.applicant?.phone ?? '';
  return [name, d.code ?? '', d.applicant?.name ?? '', phone, phone.replace(/\D/g, '')].map((part, i) => (i === 0 ? part : foldVietnamese(part))).join('\n');
}
