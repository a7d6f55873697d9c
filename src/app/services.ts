import { createContext, createSignal, useContext, type Accessor } from 'solid-js';
import { createVietnamWorkingCalendar } from '../domain/calendar/vietnamWorkingCalendar.ts';
import type { WorkingDayCalendar } from '../domain/workingDays.ts';
import { SoMotCuaDatabase } from '../data/database.ts';
import { watchSetting } from '../data/settings.ts';
import { deferredSyncLoop } from '../sync/client/deferredSyncLoop.ts';
import type { SyncLoop } from '../sync/client/syncLoop.ts';
import { setLocale } from '../ui/i18n/locale.ts';

/** The long-lived objects every screen uses, made once at start-up. */
export interface Services {
  readonly db: SoMotCuaDatabase;
  /** The working-day calendar: Vietnam's holidays plus the user's edits (follows Settings). */
  readonly calendar: Accessor<WorkingDayCalendar>;
  readonly sync: SyncLoop;
}

/** Opens the local database, follows the language and calendar settings and starts syncing (once its engine has loaded). */
export function createServices(): Services {
  const db = new SoMotCuaDatabase();
  watchSetting(db, 'language').subscribe({
    next: setLocale,
    error: () => undefined, // unreadable settings keep the language shown (Vietnamese by default)
  });
  const [calendar, setCalendar] = createSignal<WorkingDayCalendar>(createVietnamWorkingCalendar());
  watchSetting(db, 'calendarOverrides').subscribe({
    next: (overrides) => setCalendar(() => createVietnamWorkingCalendar(overrides)),
    error: () => undefined, // unreadable settings keep the default calendar; Settings shows the error
  });
  // The sync engine loads after the first paint (deferredSyncLoop): the desk opens without it.
  const sync = deferredSyncLoop(async () => {
    const [{ startSyncLoop }, { httpSyncTransport }, { listenForWorkerSyncRequests }] = await Promise.all([
      import('../sync/client/syncLoop.ts'),
      import('../sync/client/httpTransport.ts'),
      import('./backgroundSync.ts'),
    ]);
    const loop = startSyncLoop(db, httpSyncTransport());
    listenForWorkerSyncRequests(loop);
    return loop;
  });
  return { db, calendar, sync };
}

export const ServicesContext = createContext<Services>();

/** The services of the running app (throws outside the provider: a programming error). */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesContext.Provider>');
  return services;
}
