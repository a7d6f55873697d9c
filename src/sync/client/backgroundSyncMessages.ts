/** The Background Sync tag the page registers after a save and the service worker answers. */
export const BACKGROUND_SYNC_TAG = 'so-mot-cua-sync';

/** What the service worker posts to an open page, so the page pushes instead of the worker. */
export const SYNC_NOW_MESSAGE = { type: 'sync-now' } as const;

/** True for the service worker's "push now" message. */
export function isSyncNowMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'type' in data && data.type === SYNC_NOW_MESSAGE.type;
}
