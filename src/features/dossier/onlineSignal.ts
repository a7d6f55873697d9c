import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** `navigator.onLine` as a signal, following the `online`/`offline` events while the component lives. */
export function createOnlineSignal(): Accessor<boolean> {
  const [online, setOnline] = createSignal(navigator.onLine);
  const update = () => setOnline(navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  onCleanup(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return online;
}
