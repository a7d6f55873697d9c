/** The offer appears once the officer has saved this many dossiers: the app has proved useful. */
export const OFFER_AFTER_DOSSIERS = 3;

/** Once the officer says no (or dismisses the browser's prompt), the offer keeps quiet this long. */
export const QUIET_AFTER_DISMISS_MS = 30 * 24 * 60 * 60 * 1000;

/** Where the time of the last "no" is remembered (per browser profile, like the install itself). */
export const DISMISSED_AT_KEY = 'so-mot-cua:install-dismissed-at';

/** What decides whether "Cài đặt ứng dụng" is offered on its own. */
export interface InstallOfferState {
  /** The browser handed us its install prompt (Chromium's beforeinstallprompt). */
  readonly promptAvailable: boolean;
  /** Already running as an installed app. */
  readonly standalone: boolean;
  readonly savedDossiers: number;
  /** Epoch ms of the last dismissal, or null. */
  readonly dismissedAt: number | null;
  readonly now: number;
}

/** Offer once, after the third saved dossier, never again for 30 days after a "no". */
export function shouldOfferInstall(s: InstallOfferState): boolean {
  if (!s.promptAvailable || s.standalone || s.savedDossiers < OFFER_AFTER_DOSSIERS) return false;
  return s.dismissedAt === null || s.now - s.dismissedAt >= QUIET_AFTER_DISMISS_MS;
}

/** Reads the remembered dismissal (anything unreadable counts as never dismissed). */
export function parseDismissedAt(stored: string | null): number | null {
  if (stored === null) return null;
  const at = Number(stored);
  return Number.isFinite(at) && at > 0 ? at : null;
}
