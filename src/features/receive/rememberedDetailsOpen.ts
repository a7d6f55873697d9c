const KEY = 'so-mot-cua:receive-details-open';

/** Whether the officer left "Thông tin thêm" open last time (a desk that types codes keeps it open). */
export function loadDetailsOpen(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers whether "Thông tin thêm" is open. */
export function rememberDetailsOpen(open: boolean): void {
  try {
    globalThis.localStorage?.setItem(KEY, open ? '1' : '0');
  } catch {
    // Private mode or a full quota: remembering is a convenience, never worth an error.
  }
}
