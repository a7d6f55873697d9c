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
  {
    // Dossier model v2 and feedback (phản ánh, kiến nghị). SQLite's ADD COLUMN cannot add a
    // NOT NULL column without a default, so defaults stand in until the backfill below, which
    // reads every existing row's `data`. Version-1 rows keep their v1 `data` (schema_version 1
    // says so; readers upgrade it with readAnyDossier); their due date is the appointment date
    // and every newer fact is 0, as upgradeDossierV1 decides. The applicant's personal data
    // gets no column: it stays only inside `data` (Decree 13/2023/NĐ-CP).
    // (unit_id, received_at) is already indexed by migration 1 (dossiers_received_at).
    version: 2,
    sql: `
      ALTER TABLE dossiers ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1 CHECK (schema_version >= 1);
      ALTER TABLE dossiers ADD COLUMN code TEXT;
      ALTER TABLE dossiers ADD COLUMN officer_id TEXT;
      ALTER TABLE dossiers ADD COLUMN due_date TEXT NOT NULL DEFAULT '';
      ALTER TABLE dossiers ADD COLUMN ended_at TEXT;
      ALTER TABLE dossiers ADD COLUMN reused_data INTEGER NOT NULL DEFAULT 0 CHECK (reused_data IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN paid_online INTEGER NOT NULL DEFAULT 0 CHECK (paid_online IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN has_fee INTEGER NOT NULL DEFAULT 0 CHECK (has_fee IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN returned_by_post INTEGER NOT NULL DEFAULT 0 CHECK (returned_by_post IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN synced_to_portal INTEGER NOT NULL DEFAULT 0 CHECK (synced_to_portal IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN electronic_certified_copy INTEGER NOT NULL DEFAULT 0 CHECK (electronic_certified_copy IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN certified_copy INTEGER NOT NULL DEFAULT 0 CHECK (certified_copy IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN complaint INTEGER NOT NULL DEFAULT 0 CHECK (complaint IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN satisfaction TEXT;
      ALTER TABLE dossiers ADD COLUMN apology_date TEXT;

      -- JSON true/false read back as 1/0; a v1 row has none of these keys, hence the coalesce.
      -- ended_at is normalised to UTC like every timestamp column (raw text if SQLite cannot read it).
      UPDATE dossiers SET
        schema_version            = coalesce(json_extract(data, '$.schemaVersion'), 1),
        code                      = json_extract(data, '$.code'),
        officer_id                = json_extract(data, '$.officerId'),
        due_date                  = coalesce(json_extract(data, '$.dueDate'), appointment_date),
        ended_at                  = coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(data, '$.endedAt')), json_extract(data, '$.endedAt')),
        reused_data               = coalesce(json_extract(data, '$.reusedData'), 0),
        paid_online               = coalesce(json_extract(data, '$.paidOnline'), 0),
        has_fee                   = coalesce(json_extract(data, '$.procedure.hasFee'), 0),
        returned_by_post          = coalesce(json_extract(data, '$.returnedByPost'), 0),
        synced_to_portal          = coalesce(json_extract(data, '$.syncedToPortal'), 0),
        electronic_certified_copy = coalesce(json_extract(data, '$.electronicCertifiedCopy'), 0),
        certified_copy            = coalesce(json_extract(data, '$.procedure.certifiedCopy'), 0),
        complaint                 = coalesce(json_extract(data, '$.complaint'), 0),
        satisfaction              = json_extract(data, '$.satisfaction'),
        apology_date              = json_extract(data, '$.apology.newDate');

      CREATE INDEX dossiers_resolved_at ON dossiers (unit_id, resolved_at);
      CREATE INDEX dossiers_ended_at ON dossiers (unit_id, ended_at);

      CREATE TABLE feedback (
        unit_id     TEXT NOT NULL REFERENCES units (unit_id),
        id          TEXT NOT NULL,
        received_at TEXT NOT NULL,
        due_date    TEXT NOT NULL,
        handled_at  TEXT,
        field       TEXT,
        officer_id  TEXT,
        data        TEXT NOT NULL CHECK (json_valid(data)),
        updated_at  TEXT NOT NULL,
        change_id   TEXT NOT NULL,
        PRIMARY KEY (unit_id, id),
        FOREIGN KEY (unit_id, change_id) REFERENCES changes (unit_id, change_id)
      ) STRICT;

      CREATE INDEX feedback_received_at ON feedback (unit_id, received_at);
      CREATE INDEX feedback_handled_at ON feedback (unit_id, handled_at);
    `,
  },
  {
    // Enrollment and access: units get a kind and a parent (a district above its communes and
    // wards, which is what a supervisor reads), officers belong to a unit, one-time enrollment
    // codes and device tokens are stored only as SHA-256 hex of their text. Every table is keyed
    // by unit first; the hashes are also unique alone, so a code or token is found without
    // knowing its unit. A token keeps the role its officer had when it was issued.
    version: 3,
    sql: `
      ALTER TABLE units ADD COLUMN kind TEXT NOT NULL DEFAULT 'commune' CHECK (kind IN ('commune', 'ward', 'district', 'office'));
      ALTER TABLE units ADD COLUMN parent_id TEXT REFERENCES units (unit_id);

      CREATE INDEX units_parent ON units (parent_id);

      CREATE TABLE officers (
        unit_id    TEXT NOT NULL REFERENCES units (unit_id),
        officer_id TEXT NOT NULL,
        name       TEXT NOT NULL,
        role       TEXT NOT NULL CHECK (role IN ('officer', 'supervisor')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (unit_id, officer_id)
      ) STRICT;

      CREATE TABLE enrollment_codes (
        unit_id        TEXT NOT NULL,
        code_hash      TEXT NOT NULL,
        officer_id     TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        expires_at     TEXT NOT NULL,
        used_at        TEXT,
        used_by_device TEXT,
        PRIMARY KEY (unit_id, code_hash),
        FOREIGN KEY (unit_id, officer_id) REFERENCES officers (unit_id, officer_id)
      ) STRICT;

      CREATE UNIQUE INDEX enrollment_codes_hash ON enrollment_codes (code_hash);

      CREATE TABLE tokens (
        unit_id    TEXT NOT NULL,
        token_hash TEXT NOT NULL,
        officer_id TEXT NOT NULL,
        device_id  TEXT NOT NULL,
        role       TEXT NOT NULL CHECK (role IN ('officer', 'supervisor')),
        created_at TEXT NOT NULL,
        revoked_at TEXT,
        PRIMARY KEY (unit_id, token_hash),
        FOREIGN KEY (unit_id, officer_id) REFERENCES officers (unit_id, officer_id)
      ) STRICT;

      CREATE UNIQUE INDEX tokens_hash ON tokens (token_hash);
      CREATE INDEX tokens_device ON tokens (unit_id, device_id);
    `,
  },
  {
    // Per-field merging and pull (sync issue, items 1, 2 and 7). Each stored record keeps the
    // clock of each of its registers (`clocks`, JSON; NULL for rows written before merging,
    // whose registers all take the clock of their `updated_at` on the device that sent them),
    // and `pull_seq`, its place in the unit's order of writes: a pull reads what comes after
    // the device's cursor. `units.pull_seq` is the last one handed out. Existing rows get
    // distinct places in write order. `devices.change_count` and `min_seq` (the first seq
    // stored from the device in this unit: a phone enrolled after recording elsewhere starts
    // above 1) let a gap between them be noticed without reading every change. `finished_at`
    // (when it ended, with a result or without) lets a period's report skip what ended before it.
    version: 4,
    sql: `
      ALTER TABLE dossiers ADD COLUMN clocks TEXT CHECK (clocks IS NULL OR json_valid(clocks));
      ALTER TABLE dossiers ADD COLUMN pull_seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE feedback ADD COLUMN clocks TEXT CHECK (clocks IS NULL OR json_valid(clocks));
      ALTER TABLE feedback ADD COLUMN pull_seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE units ADD COLUMN pull_seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE devices ADD COLUMN change_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE devices ADD COLUMN min_seq INTEGER NOT NULL DEFAULT 1;

      UPDATE dossiers SET pull_seq = rowid;
      UPDATE feedback SET pull_seq = rowid + (SELECT coalesce(max(rowid), 0) FROM dossiers);
      UPDATE units SET pull_seq = coalesce((
        SELECT max(s) FROM (
          SELECT max(pull_seq) AS s FROM dossiers WHERE dossiers.unit_id = units.unit_id
          UNION ALL SELECT max(pull_seq) FROM feedback WHERE feedback.unit_id = units.unit_id)), 0);
      UPDATE devices SET
        change_count = (SELECT count(*) FROM changes c WHERE c.unit_id = devices.unit_id AND c.device_id = devices.device_id),
        min_seq = coalesce((SELECT min(seq) FROM changes c WHERE c.unit_id = devices.unit_id AND c.device_id = devices.device_id), 1);

      CREATE INDEX dossiers_pull ON dossiers (unit_id, pull_seq);
      CREATE INDEX feedback_pull ON feedback (unit_id, pull_seq);

      -- When a dossier ended, with a result or without: a period's report reads the dossiers
      -- still open or ended since its start, through this index, never the whole history.
      -- A plain column, not a generated one: SQLite reads a virtual column from the table, which
      -- would keep the report from being answered by its index alone.
      ALTER TABLE dossiers ADD COLUMN finished_at TEXT;
      UPDATE dossiers SET finished_at = coalesce(resolved_at, ended_at);
      -- An entry undone as a mistake counts nowhere; reports read it without opening \`data\`
      -- (only whether it is set matters, so old rows keep the text as sent).
      ALTER TABLE dossiers ADD COLUMN voided_at TEXT;
      UPDATE dossiers SET voided_at = json_extract(data, '$.voidedAt');
      -- How a finished dossier ended against its deadline, and whether it came online, as the
      -- domain decides them (outcomeOf, isOnlineChannel) when the row is written; NULL on rows
      -- written before, which reports then read whole. A period's report counts the dossiers
      -- that ended in it from this covering index alone, in order.
      ALTER TABLE dossiers ADD COLUMN outcome TEXT CHECK (outcome IN ('early', 'on_time', 'late'));
      ALTER TABLE dossiers ADD COLUMN online INTEGER CHECK (online IN (0, 1));
      CREATE INDEX dossiers_report ON dossiers (unit_id, finished_at, received_at, voided_at, outcome, online, field);
    `,
  },
  {
    // The audit trail (issue 7, part 5): who changed which fields of a record, when, from what
    // to what. Append-only: no code path updates or deletes its rows (test/server/auditAppendOnly
    // greps the stores). One row per accepted change whose merge changed something visible,
    // written in the same transaction as the change; `audit_seq` is the unit's pull order of
    // that write (so it is unique in the unit and grows with time). `fields` is a JSON array
    // of { field, before, after }; NULL means "the change's payload written whole", the fields
    // then being its difference from the entry before it (a receipt: every field).
    // Existing changes are carried over as such entries numbered up to 0, in the order they
    // arrived, with the officer the device's token names (NULL when it had none).
    version: 5,
    sql: `
      CREATE TABLE audit_entries (
        unit_id     TEXT    NOT NULL REFERENCES units (unit_id),
        audit_seq   INTEGER NOT NULL,
        entity      TEXT    NOT NULL CHECK (entity IN ('dossier', 'feedback')),
        entity_id   TEXT    NOT NULL,
        change_id   TEXT    NOT NULL,
        device_id   TEXT    NOT NULL,
        seq         INTEGER NOT NULL,
        officer_id  TEXT,
        action      TEXT,
        fields      TEXT CHECK (fields IS NULL OR json_valid(fields)),
        changed_at  TEXT    NOT NULL,
        received_at TEXT    NOT NULL,
        PRIMARY KEY (unit_id, audit_seq),
        FOREIGN KEY (unit_id, change_id) REFERENCES changes (unit_id, change_id)
      ) STRICT;

      CREATE INDEX audit_entries_record ON audit_entries (unit_id, entity, entity_id, audit_seq);

      INSERT INTO audit_entries (unit_id, audit_seq, entity, entity_id, change_id, device_id, seq, officer_id, action, fields, changed_at, received_at)
        SELECT c.unit_id,
               row_number() OVER (PARTITION BY c.unit_id ORDER BY c.received_at, c.rowid) - count(*) OVER (PARTITION BY c.unit_id),
               c.entity, c.entity_id, c.change_id, c.device_id, c.seq,
               (SELECT t.officer_id FROM tokens t WHERE t.unit_id = c.unit_id AND t.device_id = c.device_id ORDER BY t.created_at DESC LIMIT 1),
               NULL, NULL, c.changed_at, c.received_at
          FROM changes c;
    `,
  },
];
