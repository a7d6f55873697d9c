import { createSignal } from 'solid-js';
import { DISMISSED_AT_KEY, parseDismissedAt } from './installOfferPolicy.ts';

/** Chromium's install prompt event (not in TypeScript's DOM lib). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

function isInstallPrompt(event: Event): event is BeforeInstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function' && 'userChoice' in event;
}

/** Running as an installed app (Android/desktop display-mode, or iOS home-screen). */
export function isStandalone(): boolean {
  const iosStandalone = 'standalone' in navigator && navigator.standalone === true;
  return iosStandalone || window.matchMedia('(display-mode: standalone)').matches;
}

/** iPhone or iPad Safari: no install prompt exists there, the officer adds the app by hand. */
export function isIos(): boolean {
  return /iPhone|iPad|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
}

const [deferredPrompt, setDeferredPrompt] = createSignal<BeforeInstallPromptEvent | null>(null);
const [installed, setInstalled] = createSignal(false);
const [dismissedAt, setDismissedAt] = createSignal<number | null>(null);

/** True once the browser offered its install prompt and we kept it for a better moment. */
export const promptAvailable = (): boolean => deferredPrompt() !== null;
/** True once installed in this session or running installed. */
export const appInstalled = (): boolean => installed();
/** When the officer last declined (epoch ms), or null. */
export const installDismissedAt = (): number | null => dismissedAt();

/**
 * Keeps Chromium's `beforeinstallprompt` instead of letting the browser show its own bar at a
 * moment we did not choose; call once at start-up, before the event can fire.
 */
export function captureInstallPrompt(): void {
  if (typeof window === 'undefined') return;
  setInstalled(isStandalone());
  setDismissedAt(readDismissedAt());
  window.addEventListener('beforeinstallprompt', (event) => {
    if (!isInstallPrompt(event)) return;
    event.preventDefault();
    setDeferredPrompt(event);
  });
  window.addEventListener('appinstalled', () => {
    setInstalled(true);
    setDeferredPrompt(null);
  });
}

/** Remembers a "no" (the offer keeps quiet for 30 days, see installOfferPolicy.ts). */
export function rememberDismissed(now: number): void {
  setDismissedAt(now);
  try {
    localStorage.setItem(DISMISSED_AT_KEY, String(now));
  } catch {
    // Private mode or a full disk: the offer may come back next session, nothing else breaks.
  }
}

function readDismissedAt(): number | null {
  try {
    return parseDismissedAt(localStorage.getItem(DISMISSED_AT_KEY));
  } catch {
    return null;
  }
}

/** Shows the browser's own install dialog; a prompt can be used only once. */
export async function showInstallPrompt(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferredPrompt();
  if (event === null) return 'unavailable';
  setDeferredPrompt(null);
  await event.prompt();
  const { outcome } = await event.userChoice;
  if (outcome === 'accepted') setInstalled(true);
  else rememberDismissed(Date.now());
  return outcome;
}
