import type { SoMotCuaDatabase } from './database.ts';

/**
 * Thrown instead of the browser's QuotaExceededError: the phone has no room left for the
 * write. The transaction was aborted whole, so nothing of it was stored (issue 7, item 4).
 * The message is the officer's sentence; the UI shows it through t().
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: ErrorOptions) {
    super(STORAGE_FULL_MESSAGE, options);
  }
}

export const STORAGE_FULL_MESSAGE =
  'Bộ nhớ của máy đã đầy nên chưa lưu được. Những gì đã nhập vẫn còn trên màn hình: hãy xóa bớt ảnh, video hoặc ứng dụng không dùng, đồng bộ rồi bấm lưu lại.';

/** Names under which a connection the browser dropped shows up, as Dexie or as the raw IndexedDB error. */
const LOST_CONNECTION = new Set(['DatabaseClosedError', 'InvalidStateError', 'UnknownError']);

/** Every name along an error's `inner` (Dexie) and `cause` chain. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

/** Whether the browser refused the write for lack of space. */
export function isQuotaExceeded(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}

/** Whether the write failed because the database connection was closed or lost underneath it. */
export function isLostConnection(error: unknown): boolean {
  return !isQuotaExceeded(error) && errorNames(error).some((name) => LOST_CONNECTION.has(name));
}

/**
 * The boundary every desk write goes through. A connection the browser closed (tab frozen,
 * storage pressure, a version change, the OS killing the IndexedDB process) is reopened
 * and the write tried ONCE more: the write is one transaction, so the first attempt either
 * committed nothing or failed before committing, and the retry cannot store it twice.
 * A full disk becomes a StorageFullError with the officer's sentence.
 */
export async function writeWithRecovery<T>(db: SoMotCuaDatabase, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError({ cause: error });
    if (!isLostConnection(error)) throw error;
    await reopen(db);
    try {
      return await write();
    } catch (retryError) {
      if (isQuotaExceeded(retryError)) throw new StorageFullError({ cause: retryError });
      throw retryError;
    }
  }
}

/** Closes what is left of the connection and opens a fresh one. */
async function reopen(db: SoMotCuaDatabase): Promise<void> {
  if (db.isOpen()) db.close({ disableAutoOpen: false });
  await db.open();
}
