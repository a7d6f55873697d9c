import { createSignal } from 'solid-js';
import { loadEnglish } from './dictionary.ts';

/** The interface languages: Vietnamese (the default, and the source text) and English. */
export type Locale = 'vi' | 'en';

/** Every interface language, Vietnamese first. */
export const LOCALES: readonly Locale[] = ['vi', 'en'];

// A copy of the "language" setting kept where it can be read synchronously, so a reload paints
// in the right language at once; the setting in IndexedDB stays the one that counts.
const STORAGE_KEY = 'so-mot-cua:locale';

function storedLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

const [current, setCurrent] = createSignal<Locale>(storedLocale());
follow(current());

/** `<html lang>` follows the language, and English starts loading its dictionary. */
function follow(next: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  if (next === 'en') void loadEnglish().catch(() => undefined); // a failed load shows Vietnamese, the source text
}

/** The language the interface is shown in (a Solid signal: reading it tracks it). */
export const locale = current;

/** Switches the interface language; `<html lang>` follows. */
export function setLocale(next: Locale): void {
  setCurrent(next);
  follow(next);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode or a full quota: the setting in IndexedDB still holds the choice.
  }
}

/** Resolves once the current language can be shown (English: its dictionary is loaded); never rejects. */
export function localeReady(): Promise<void> {
  return current() === 'en' ? loadEnglish().catch(() => undefined) : Promise.resolve();
}

/** The Intl locale of the current language: "vi-VN", or "en-GB" (day/month/year, 24-hour clock). */
export function intlLocale(): 'vi-VN' | 'en-GB' {
  return locale() === 'en' ? 'en-GB' : 'vi-VN';
}
