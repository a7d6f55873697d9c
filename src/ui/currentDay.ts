import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { vietnamDateKey, type DateKey } from '../domain/vietnamTime.ts';

/** Today's Vietnam date, rolling over at midnight while the app stays open. */
export function createCurrentDay(): Accessor<DateKey> {
  const [day, setDay] = createSignal(vietnamDateKey(Date.now()));
  const timer = setInterval(() => setDay(vietnamDateKey(Date.now())), 30_000);
  onCleanup(() => clearInterval(timer));
  return day;
}
