import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** The current instant (ISO), refreshed every 30 s so "Quá hạn" appears without a reload. */
export function createCurrentInstant(): Accessor<string> {
  const [now, setNow] = createSignal(new Date().toISOString());
  const timer = setInterval(() => setNow(new Date().toISOString()), 30_000);
  onCleanup(() => clearInterval(timer));
  return now;
}
