import { batch, createEffect, createSignal, on, untrack, type Accessor } from 'solid-js';
import type { ApologyRule } from '../../domain/deadlines/outcome.ts';
import type { DayRange } from '../../domain/periods/dayRange.ts';
import type { RegisterCriteria } from '../../domain/registerFilter.ts';
import type { SoMotCuaDatabase } from '../../data/database.ts';
import { registerPage, type RegisterCursor, type RegisterRow } from '../../data/registerQueries.ts';

/** Rows read per page. */
export const REGISTER_PAGE_SIZE = 50;

/** Everything one listing of the register depends on; a new value starts the list again. */
export interface RegisterQuery extends RegisterCriteria {
  readonly range: DayRange | undefined;
  readonly apologyRule: ApologyRule;
  /** The instant "quá hạn" is judged at, fixed for the whole listing. */
  readonly now: string;
}

/** The loaded part of the register and how to read more of it. */
export interface RegisterList {
  readonly rows: Accessor<readonly RegisterRow[]>;
  readonly loading: Accessor<boolean>;
  /** True while a new query's first page is read: the rows shown are the previous query's. */
  readonly refreshing: Accessor<boolean>;
  /** True once the range has been read to its end. */
  readonly finished: Accessor<boolean>;
  readonly error: Accessor<unknown>;
  /** Reads the next page, or joins the read under way; resolves to the rows added (0 at the end). */
  loadMore(): Promise<number>;
}

/**
 * The register as pages appended one after another, following the cursor of the last read.
 * A new query replaces the rows when its first page arrives (no blank flash while typing);
 * a read answered after a newer query started is dropped.
 */
export function createRegisterList(db: SoMotCuaDatabase, query: Accessor<RegisterQuery>, firstPageSize: () => number = () => REGISTER_PAGE_SIZE): RegisterList {
  const [rows, setRows] = createSignal<readonly RegisterRow[]>([]);
  const [cursor, setCursor] = createSignal<RegisterCursor | null>(null);
  const [loading, setLoading] = createSignal(false);
  const [refreshing, setRefreshing] = createSignal(false);
  const [finished, setFinished] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  let generation = 0;
  let appending: Promise<number> | null = null;

  const read = async (fresh: boolean): Promise<number> => {
    const current = fresh ? ++generation : generation;
    const before = fresh ? undefined : (untrack(cursor) ?? undefined);
    batch(() => (setLoading(true), setRefreshing(fresh)));
    try {
      const page = await registerPage(db, { ...untrack(query), before, limit: fresh ? firstPageSize() : REGISTER_PAGE_SIZE });
      if (current !== generation) return 0;
      batch(() => {
        setRows((shown) => (fresh ? page.rows : [...shown, ...page.rows]));
        setCursor(page.next);
        setFinished(page.next === null);
        setError(null);
        setLoading(false);
        setRefreshing(false);
      });
      return page.rows.length;
    } catch (e) {
      if (current === generation) batch(() => (setError(() => e), setLoading(false), setRefreshing(false)));
      return 0;
    }
  };

  createEffect(on(query, () => void read(true)));

  return {
    rows,
    loading,
    refreshing,
    finished,
    error,
    loadMore: () => {
      if (appending) return appending;
      if (loading() || finished() || error() !== null) return Promise.resolve(0);
      appending = read(false).finally(() => (appending = null));
      return appending;
    },
  };
}
