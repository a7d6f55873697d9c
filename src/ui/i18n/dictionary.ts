import { createSignal } from 'solid-js';

// The English dictionary is a chunk of its own, fetched only once English is chosen, so the
// first visit of the (default) Vietnamese interface does not download it. The service worker
// precaches it with every other chunk, so switching works offline too.
const [english, setEnglish] = createSignal<Readonly<Record<string, string>> | null>(null);
let loading: Promise<void> | null = null;

/** The loaded English dictionary (null until loadEnglish() has finished); reading it tracks it. */
export const englishDictionary = english;

/** Fetches the English dictionary once; later calls share the same promise. */
export function loadEnglish(): Promise<void> {
  loading ??= import('./en.ts').then((module) => {
    setEnglish(() => module.EN);
  });
  return loading;
}
