/** One step of the SQLite schema; `version` values strictly increase through the list. */
export interface Migration {
  readonly version: number;
  readonly sql: string;
}

/**
 * The SQLite schema, oldest first. Never edit an applied migration: append a new one.
 * Every table is keyed by `unit_id` first so a unit's rows can later share one shard.
 * Timestamp columns hold UTC `toISOString()` text; `data`/`payload` hold canonical JSON.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE units (
        unit_id TEXT PRIMARY KEY,
        name    TEXT NOT NULL
      ) STRICT;

      INSERT INTO units (unit_id, name) VALUES ('default', 'Đơn vị mặc định');

      CREATE TABLE changes (
        unit_id     TEXT    NOT NULL REFERENCES units (unit_id),
        change_id   TEXT    NOT NULL,
        device_id   TEXT    NOT NULL,
        seq         INTEGER NOT NULL CHECK (seq >= 1),
        entity      TEXT    NOT NULL,
        entity_id   TEXT    NOT NULL,
        hash        TEXT    NOT NULL,
        payload     TEXT    NOT NULL CHECK (json_valid(payload)),
        changed_at  TEXT    NOT NULL,
        received_at TEXT    NOT NULL,
        PRIMARY KEY (unit_id, change_id)
      ) STRICT;

      CREATE UNIQUE INDEX changes_device_seq ON changes (unit_id, device_id, seq);
      CREATE INDEX changes_entity ON changes (unit_id, entity, entity_id);

      CREATE TABLE dossiers (
        unit_id           TEXT    NOT NULL REFERENCES units (unit_id),
        id                TEXT    NOT NULL,
        procedure_id      TEXT    NOT NULL,
        procedure_code    TEXT,
        procedure_name    TEXT    NOT NULL,
        field             TEXT    NOT NULL,
        channel           TEXT    NOT NULL,
        received_at       TEXT    NOT NULL,
        appointment_date  TEXT    NOT NULL,
        status            TEXT    NOT NULL,
        resolved_at       TEXT,
        returned_at       TEXT,
        digitized         INTEGER NOT NULL CHECK (digitized IN (0, 1)),
        electronic_result INTEGER NOT NULL CHECK (electronic_result IN (0, 1)),
        data              TEXT    NOT NULL CHECK (json_valid(data)),
        updated_at        TEXT    NOT NULL,
        change_id         TEXT    NOT NULL,
        PRIMARY KEY (unit_id, id),
        FOREIGN KEY (unit_id, change_id) REFERENCES changes (unit_id, change_id)
      ) STRICT;

      CREATE INDEX dossiers_received_at ON dossiers (unit_id, received_at);

      CREATE TABLE devices (
        unit_id      TEXT    NOT NULL REFERENCES units (unit_id),
        device_id    TEXT    NOT NULL,
        max_seq      INTEGER NOT NULL,
        last_seen_at TEXT    NOT NULL,
        PRIMARY KEY (unit_id, device_id)
      ) STRICT;
    `,
  },
];
