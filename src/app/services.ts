import { createContext, useContext } from 'solid-js';
import { SoMotCuaDatabase } from '../data/database.ts';
import { weekendOnlyCalendar, type WorkingDayCalendar } from '../domain/workingDays.ts';
import { httpPushTransport } from '../sync/client/httpTransport.ts';
import { startSyncLoop, type SyncLoop } from '../sync/client/syncLoop.ts';

/** The long-lived objects every screen uses, made once at start-up. */
export interface Services {
  readonly db: SoMotCuaDatabase;
  readonly calendar: WorkingDayCalendar;
  readonly sync: SyncLoop;
}

/** Opens the local database and starts syncing. */
export function createServices(): Services {
  const db = new SoMotCuaDatabase();
  return { db, calendar: weekendOnlyCalendar, sync: startSyncLoop(db, httpPushTransport()) };
}

export const ServicesContext = createContext<Services>();

/** The services of the running app (throws outside the provider: a programming error). */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesContext.Provider>');
  return services;
}
