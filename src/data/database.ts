import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Dossier } from '../domain/dossier.ts';
import { DossierV1Schema } from '../domain/dossierV1.ts';
import type { Feedback } from '../domain/feedback.ts';
import type { Bucket } from '../domain/indicators/bucket.ts';
import { aggregate } from '../domain/indicators/aggregate.ts';
import { dossierContributions, halfMonthContributions } from '../domain/indicators/contributions.ts';
import type { Plan } from '../domain/plans/planSchema.ts';
import type { Procedure } from '../domain/procedure.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { upgradeDossierV1 } from '../domain/upgradeDossier.ts';
import * as v from 'valibot';
import type { ManualEntry } from './manualEntry.ts';
import type { StoredHistoryEntry } from './historyStore.ts';
import type { OutboxEntry } from './outboxEntry.ts';
import type { RecordClocks } from './recordClocks.ts';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schemaVersions.ts';
import type { SettingRecord } from './settingRecord.ts';

/** The IndexedDB database name; one per origin. */
export const DATABASE_NAME = 'so-mot-cua';

/** A small key/value record for device-wide facts (device id, next sequence number). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * The whole local schema in one class (Dexie's recommended shape). Every store change is a
 * new `version(n)` with an upgrade function, tested on data written by version n − 1.
 */
export class SoMotCuaDatabase extends Dexie {
  dossiers!: EntityTable<Dossier, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  feedback!: EntityTable<Feedback, 'id'>;
  /** Daily buckets of indicator counts. */
  aggregates!: EntityTable<Bucket, 'key'>;
  /** The same counts rolled up by half-month, so a year costs 24 slots whatever its volume. */
  halfMonthAggregates!: EntityTable<Bucket, 'key'>;
  procedures!: EntityTable<Procedure, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  plans!: EntityTable<Plan, 'id'>;
  manualEntries!: EntityTable<ManualEntry, 'key'>;
  /** Append-only history of every change to a dossier made on this device. */
  history!: EntityTable<StoredHistoryEntry, 'id'>;
  /** The clock of each register of each record, for per-field merging (none yet: legacy clocks). */
  recordClocks!: EntityTable<RecordClocks, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    // v3 only adds a store: records without clocks get legacy clocks when first needed.
    this.version(3).stores(SCHEMA_V3);
    this.on('populate', (tx) => seedCatalogue(tx));
  }
}

/**
 * v1 → v2: dossiers get the full model; the starter catalogue is seeded; aggregates are
 * built from every dossier. Pending outbox changes keep their v1 payloads (and hashes): the
 * server upgrades v1 payloads itself, so nothing queued is rewritten or lost.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const upgraded: Dossier[] = [];
  await tx
    .table('dossiers')
    .toCollection()
    .modify((record: unknown, ref: { value: unknown }) => {
      // Structured clone keeps `key: undefined`; the schema reads that as a wrong type, so drop them.
      const v1 = v.safeParse(DossierV1Schema, withoutUndefined(record));
      // A record that is not a valid v1 dossier is left exactly as it was, never dropped.
      if (!v1.success) return;
      const next = upgradeDossierV1(v1.output);
      upgraded.push(next);
      ref.value = next;
    });
  const contributions = upgraded.map((d) => dossierContributions(d));
  await tx.table('aggregates').bulkPut([...aggregate(contributions).values()]);
  await tx.table('halfMonthAggregates').bulkPut([...aggregate(contributions.map(halfMonthContributions)).values()]);
  await seedCatalogue(tx);
}

function withoutUndefined(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return record;
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

async function seedCatalogue(tx: Transaction): Promise<void> {
  await tx.table('procedures').bulkPut([...STARTER_PROCEDURES]);
}
