import { Dexie } from 'dexie';
import type { ApologyRule } from '../domain/deadlines/outcome.ts';
import { isVoided, type Dossier } from '../domain/dossier.ts';
import type { DayRange } from '../domain/periods/dayRange.ts';
import { isUnfiltered, registerMatcher, type RegisterCriteria } from '../domain/registerFilter.ts';
import { vietnamDayBounds } from '../domain/vietnamTime.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';

/** Where a register read stopped: the last record read, newest-first order (receivedAt, then id, descending). */
export interface RegisterCursor {
  readonly receivedAt: string;
  readonly id: string;
  /** That record's line number (TT) in the register of the range; counted when absent. */
  readonly line?: number | undefined;
}

/** One read of the register: where to start, the range and criteria, how many rows to return. */
export interface RegisterPageRequest extends RegisterCriteria {
  readonly before?: RegisterCursor | undefined;
  /** Vietnam calendar days the dossiers were received on; all time when absent. */
  readonly range?: DayRange | undefined;
  readonly limit: number;
  /** The instant "quá hạn" is judged at (now by default). */
  readonly now?: string | undefined;
  readonly apologyRule?: ApologyRule | undefined;
  /** Records read at most in one call before giving back what was found (REGISTER_SCAN_LIMIT by default). */
  readonly scanLimit?: number | undefined;
}

/** A dossier and its line number (TT): its place in the register of the range, counted from the oldest. */
export interface RegisterRow {
  readonly dossier: Dossier;
  readonly line: number;
}

/** A page of the register: the rows, where to continue (null at the end of the range), and how many records were read. */
export interface RegisterPage {
  readonly rows: RegisterRow[];
  readonly next: Required<RegisterCursor> | null;
  readonly scanned: number;
}

/** Records read at most by one call: a rare search gives back what it found rather than freeze the phone. */
export const REGISTER_SCAN_LIMIT = 4_000;

/**
 * Records read at most by one IndexedDB request. A getAll's records are copied on the main
 * thread: a thousand (≈ 20 ms on a desktop) keeps a phone's scrolling from stuttering.
 */
const MAX_CHUNK = 1_000;

/**
 * Reads the register newest first, from `before` on, along the `receivedAt` index in reverse,
 * in chunks (never every dossier): filters and search are applied while reading, until `limit`
 * rows are found, the range ends, or `scanLimit` records have been read. Records received at the
 * same instant come by id, descending, so paging never skips nor repeats one. Line numbers count
 * every entry written in the range, a voided one too (it keeps its line, as a struck-through line
 * of a paper register does) though it is never returned.
 */
export function registerPage(db: SoMotCuaDatabase, request: RegisterPageRequest): Promise<RegisterPage> {
  // One read transaction: a save landing between two chunks cannot shift the line numbers.
  return db.transaction('r', db.dossiers, () => readPage(db, request));
}

async function readPage(db: SoMotCuaDatabase, request: RegisterPageRequest): Promise<RegisterPage> {
  const limit = Math.max(1, Math.floor(request.limit));
  const scanLimit = Math.max(1, request.scanLimit ?? REGISTER_SCAN_LIMIT);
  const bounds = request.range ? instantBounds(request.range) : { lower: undefined, upper: undefined };
  const matches = registerMatcher(request, request.now ?? new Date().toISOString(), request.apologyRule);
  let chunkSize = isUnfiltered(request) ? limit + 1 : Math.max(limit * 4, 200);

  let position: RegisterCursor | undefined = request.before;
  let line = position?.line !== undefined ? position.line - 1 : await linesAtOrBelow(db, bounds, position);
  const rows: RegisterRow[] = [];
  let scanned = 0;
  let last: Required<RegisterCursor> | null = null;
  for (;;) {
    const chunk = await readChunk(db, bounds, position, Math.min(chunkSize, scanLimit - scanned));
    for (const dossier of chunk.records) {
      // A record beyond a full page: more follow, continue after the last row.
      if (rows.length === limit) return { rows, next: last, scanned };
      scanned += 1;
      last = { receivedAt: dossier.receivedAt, id: dossier.id, line };
      if (!isVoided(dossier) && matches(dossier)) rows.push({ dossier, line });
      line -= 1;
    }
    if (chunk.exhausted) return { rows, next: null, scanned };
    if (rows.length === limit || scanned >= scanLimit) return { rows, next: last, scanned };
    position = last ?? position;
    chunkSize = Math.min(chunkSize * 2, MAX_CHUNK);
  }
}

/** True once the register holds at least one dossier that is not voided. */
export async function registerHasDossiers(db: SoMotCuaDatabase): Promise<boolean> {
  return (await db.dossiers.orderBy('receivedAt').reverse().filter((d) => !isVoided(d)).first()) !== undefined;
}

/** Live view of `registerHasDossiers`. */
export function watchRegisterHasDossiers(db: SoMotCuaDatabase): LiveValue<boolean> {
  return live(() => registerHasDossiers(db));
}

interface InstantBounds {
  /** Inclusive. */
  readonly lower: string | undefined;
  /** Exclusive. */
  readonly upper: string | undefined;
}

function instantBounds(range: DayRange): InstantBounds {
  return { lower: vietnamDayBounds(range.start).start, upper: vietnamDayBounds(range.end).end };
}

function within(bounds: InstantBounds, instant: string): boolean {
  return (bounds.lower === undefined || instant >= bounds.lower) && (bounds.upper === undefined || instant < bounds.upper);
}

/** The `receivedAt` index strictly below `upper` (or the range's end), down to the range's start. */
function below(db: SoMotCuaDatabase, bounds: InstantBounds, upper: string | undefined) {
  const top = upper !== undefined && (bounds.upper === undefined || upper < bounds.upper) ? upper : bounds.upper;
  return db.dossiers.where('receivedAt').between(bounds.lower ?? Dexie.minKey, top ?? Dexie.maxKey, true, false);
}

/** How many records come at or after `position` in reading order: the line number of the next one. */
async function linesAtOrBelow(db: SoMotCuaDatabase, bounds: InstantBounds, position: RegisterCursor | undefined): Promise<number> {
  if (position === undefined) return below(db, bounds, undefined).count();
  const [older, ties] = await Promise.all([
    below(db, bounds, position.receivedAt).count(),
    within(bounds, position.receivedAt) ? db.dossiers.where('receivedAt').equals(position.receivedAt).primaryKeys() : Promise.resolve([]),
  ]);
  return older + ties.filter((id) => id < position.id).length;
}

/**
 * Up to `count` records after `position`, newest first: first those received at the same
 * instant with a smaller id (usually none), then those received before it. Plain key-range
 * reads, so Dexie can use getAll with a direction rather than a cursor step per record.
 */
async function readChunk(db: SoMotCuaDatabase, bounds: InstantBounds, position: RegisterCursor | undefined, count: number): Promise<{ records: Dossier[]; exhausted: boolean }> {
  const [ties, older] = await Promise.all([
    position === undefined || !within(bounds, position.receivedAt) ? Promise.resolve([]) : db.dossiers.where('receivedAt').equals(position.receivedAt).toArray(),
    below(db, bounds, position?.receivedAt).reverse().limit(count).toArray(),
  ]);
  const sameInstant = position === undefined ? [] : ties.filter((d) => d.id < position.id).sort((a, b) => (a.id < b.id ? 1 : -1));
  return { records: [...sameInstant, ...older], exhausted: older.length < count };
}
