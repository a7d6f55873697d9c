import { Dexie, type EntityTable } from 'dexie';
import type { Dossier } from '../domain/dossier.ts';
import type { OutboxEntry } from './outboxEntry.ts';

/** The IndexedDB database name; one per origin. */
export const DATABASE_NAME = 'so-mot-cua';

/** A small key/value record for device-wide facts (device id, next sequence number). */
export interface MetaRecord {
  key: string;
  value: string | number;
}

/**
 * The whole local schema in one class (Dexie's recommended shape). Every store change is a
 * new `version(n)` with an upgrade function, tested on data written by version n − 1.
 */
export class SoMotCuaDatabase extends Dexie {
  dossiers!: EntityTable<Dossier, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      dossiers: 'id, receivedAt, resolvedAt, returnedAt, status',
      outbox: 'seq, state',
      meta: 'key',
    });
  }
}
