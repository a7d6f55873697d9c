import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { LiveValue } from '../data/liveValue.ts';

/**
 * A Solid signal that follows a live IndexedDB read. `error` holds the failure instead of
 * throwing into the render, so a broken read shows a message, never a blank screen.
 */
export function createLiveSignal<T>(source: () => LiveValue<T>, initial: T): { value: Accessor<T>; error: Accessor<unknown> } {
  const [value, setValue] = createSignal<T>(initial);
  const [error, setError] = createSignal<unknown>(null);
  const subscription = source().subscribe({
    next: (next) => {
      setError(null);
      setValue(() => next);
    },
    error: (e) => setError(() => e),
  });
  onCleanup(() => subscription.unsubscribe());
  return { value, error };
}
