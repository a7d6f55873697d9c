import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** The current time, refreshed every 30 s while the screen is open (deadlines move by the day, forms by the minute). */
export function createCurrentInstant(): Accessor<Date> {
  const [now, setNow] = createSignal(new Date());
  const timer = setInterval(() => setNow(new Date()), 30_000);
  onCleanup(() => clearInterval(timer));
  return now;
}
