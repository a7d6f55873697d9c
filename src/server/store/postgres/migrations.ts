import type { Migration } from '../sqlite/migrations.ts';

/**
 * The PostgreSQL schema, oldest first, with the same tables, columns and meaning as the SQLite
 * migrations of the same version. Never edit an applied migration: append a new one.
 * Timestamp columns hold UTC `toISOString()` text (as in SQLite, so both stores compare them
 * the same way); yes/no facts are smallint 0/1 like the shared row mapping; `data`/`payload` are jsonb.
 *
 * Every primary key starts with `unit_id`, so on Citus each unit's rows live on one shard:
 *   SELECT create_reference_table('units');
 *   SELECT create_distributed_table('changes', 'unit_id');
 *   SELECT create_distributed_table('devices', 'unit_id', colocate_with => 'changes');
 *   SELECT create_distributed_table('dossiers', 'unit_id', colocate_with => 'changes');
 *   SELECT create_distributed_table('feedback', 'unit_id', colocate_with => 'changes');
 * (the foreign keys between them all include `unit_id`, as Citus requires).
 *
 * The access tables of migration 3 (`officers`, `enrollment_codes`, `tokens`) are small (a few
 * rows per unit) and are looked up by a code or token hash without knowing the unit, which needs
 * a UNIQUE index on the hash alone; Citus allows that only on reference tables, so they are
 * replicated to every node like `units`, referenced tables first:
 *   SELECT create_reference_table('officers');
 *   SELECT create_reference_table('enrollment_codes');
 *   SELECT create_reference_table('tokens');
 * They are still keyed by `unit_id` first, so they can be distributed later if they grow
 * (the hash lookups would then need a unit-free lookup table of their own).
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE units (
        unit_id text PRIMARY KEY,
        name    text NOT NULL
      );

      INSERT INTO units (unit_id, name) VALUES ('default', 'Đơn vị mặc định');

      CREATE TABLE changes (
        unit_id     text    NOT NULL REFERENCES units (unit_id),
        change_id   text    NOT NULL,
        device_id   text    NOT NULL,
        seq         integer NOT NULL CHECK (seq >= 1),
        entity      text    NOT NULL,
        entity_id   text    NOT NULL,
        hash        text    NOT NULL,
        payload     jsonb   NOT NULL,
        changed_at  text    NOT NULL,
        received_at text    NOT NULL,
        PRIMARY KEY (unit_id, change_id)
      );

      CREATE UNIQUE INDEX changes_device_seq ON changes (unit_id, device_id, seq);
      CREATE INDEX changes_entity ON changes (unit_id, entity, entity_id);

      CREATE TABLE dossiers (
        unit_id           text     NOT NULL REFERENCES units (unit_id),
        id                text     NOT NULL,
        procedure_id      text     NOT NULL,
        procedure_code    text,
        procedure_name    text     NOT NULL,
        field             text     NOT NULL,
        channel           text     NOT NULL,
        received_at       text     NOT NULL,
        appointment_date  text     NOT NULL,
        status            text     NOT NULL,
        resolved_at       text,
        returned_at       text,
        digitized         smallint NOT NULL CHECK (digitized IN (0, 1)),
        electronic_result smallint NOT NULL CHECK (electronic_result IN (0, 1)),
        data              jsonb    NOT NULL,
        updated_at        text     NOT NULL,
        change_id         text     NOT NULL,
        PRIMARY KEY (unit_id, id),
        FOREIGN KEY (unit_id, change_id) REFERENCES changes (unit_id, change_id)
      );

      CREATE INDEX dossiers_received_at ON dossiers (unit_id, received_at);

      CREATE TABLE devices (
        unit_id      text    NOT NULL REFERENCES units (unit_id),
        device_id    text    NOT NULL,
        max_seq      integer NOT NULL,
        last_seen_at text    NOT NULL,
        PRIMARY KEY (unit_id, device_id)
      );
    `,
  },
  {
    // Dossier model v2 and feedback, as SQLite migration 2. The backfill mirrors SQLite's
    // (a version-1 row keeps its v1 data, due date = appointment date, newer facts 0); no
    // PostgreSQL store predates it, so in practice it touches no rows.
    version: 2,
    sql: `
      ALTER TABLE dossiers ADD COLUMN schema_version integer NOT NULL DEFAULT 1 CHECK (schema_version >= 1);
      ALTER TABLE dossiers ADD COLUMN code text;
      ALTER TABLE dossiers ADD COLUMN officer_id text;
      ALTER TABLE dossiers ADD COLUMN due_date text NOT NULL DEFAULT '';
      ALTER TABLE dossiers ADD COLUMN ended_at text;
      ALTER TABLE dossiers ADD COLUMN reused_data smallint NOT NULL DEFAULT 0 CHECK (reused_data IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN paid_online smallint NOT NULL DEFAULT 0 CHECK (paid_online IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN has_fee smallint NOT NULL DEFAULT 0 CHECK (has_fee IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN returned_by_post smallint NOT NULL DEFAULT 0 CHECK (returned_by_post IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN synced_to_portal smallint NOT NULL DEFAULT 0 CHECK (synced_to_portal IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN electronic_certified_copy smallint NOT NULL DEFAULT 0 CHECK (electronic_certified_copy IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN certified_copy smallint NOT NULL DEFAULT 0 CHECK (certified_copy IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN complaint smallint NOT NULL DEFAULT 0 CHECK (complaint IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN satisfaction text;
      ALTER TABLE dossiers ADD COLUMN apology_date text;

      UPDATE dossiers SET
        schema_version            = coalesce((data ->> 'schemaVersion')::integer, 1),
        code                      = data ->> 'code',
        officer_id                = data ->> 'officerId',
        due_date                  = coalesce(data ->> 'dueDate', appointment_date),
        ended_at                  = to_char((data ->> 'endedAt')::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        reused_data               = coalesce((data ->> 'reusedData')::boolean::integer, 0),
        paid_online               = coalesce((data ->> 'paidOnline')::boolean::integer, 0),
        has_fee                   = coalesce((data #>> '{procedure,hasFee}')::boolean::integer, 0),
        returned_by_post          = coalesce((data ->> 'returnedByPost')::boolean::integer, 0),
        synced_to_portal          = coalesce((data ->> 'syncedToPortal')::boolean::integer, 0),
        electronic_certified_copy = coalesce((data ->> 'electronicCertifiedCopy')::boolean::integer, 0),
        certified_copy            = coalesce((data #>> '{procedure,certifiedCopy}')::boolean::integer, 0),
        complaint                 = coalesce((data ->> 'complaint')::boolean::integer, 0),
        satisfaction              = data ->> 'satisfaction',
        apology_date              = data #>> '{apology,newDate}';

      CREATE INDEX dossiers_resolved_at ON dossiers (unit_id, resolved_at);
      CREATE INDEX dossiers_ended_at ON dossiers (unit_id, ended_at);

      CREATE TABLE feedback (
        unit_id     text  NOT NULL REFERENCES units (unit_id),
        id          text  NOT NULL,
        received_at text  NOT NULL,
        due_date    text  NOT NULL,
        handled_at  text,
        field       text,
        officer_id  text,
        data        jsonb NOT NULL,
        updated_at  text  NOT NULL,
        change_id   text  NOT NULL,
        PRIMARY KEY (unit_id, id),
        FOREIGN KEY (unit_id, change_id) REFERENCES changes (unit_id, change_id)
      );

      CREATE INDEX feedback_received_at ON feedback (unit_id, received_at);
      CREATE INDEX feedback_handled_at ON feedback (unit_id, handled_at);
    `,
  },
  {
    // Enrollment and access, as SQLite migration 3.
    version: 3,
    sql: `
      ALTER TABLE units ADD COLUMN kind text NOT NULL DEFAULT 'commune' CHECK (kind IN ('commune', 'ward', 'district', 'office'));
      ALTER TABLE units ADD COLUMN parent_id text REFERENCES units (unit_id);

      CREATE INDEX units_parent ON units (parent_id);

      CREATE TABLE officers (
        unit_id    text NOT NULL REFERENCES units (unit_id),
        officer_id text NOT NULL,
        name       text NOT NULL,
        role       text NOT NULL CHECK (role IN ('officer', 'supervisor')),
        created_at text NOT NULL,
        PRIMARY KEY (unit_id, officer_id)
      );

      CREATE TABLE enrollment_codes (
        unit_id        text NOT NULL,
        code_hash      text NOT NULL,
        officer_id     text NOT NULL,
        created_at     text NOT NULL,
        expires_at     text NOT NULL,
        used_at        text,
        used_by_device text,
        PRIMARY KEY (unit_id, code_hash),
        FOREIGN KEY (unit_id, officer_id) REFERENCES officers (unit_id, officer_id)
      );

      CREATE UNIQUE INDEX enrollment_codes_hash ON enrollment_codes (code_hash);

      CREATE TABLE tokens (
        unit_id    text NOT NULL,
        token_hash text NOT NULL,
        officer_id text NOT NULL,
        device_id  text NOT NULL,
        role       text NOT NULL CHECK (role IN ('officer', 'supervisor')),
        created_at text NOT NULL,
        revoked_at text,
        PRIMARY KEY (unit_id, token_hash),
        FOREIGN KEY (unit_id, officer_id) REFERENCES officers (unit_id, officer_id)
      );

      CREATE UNIQUE INDEX tokens_hash ON tokens (token_hash);
      CREATE INDEX tokens_device ON tokens (unit_id, device_id);
    `,
  },
  {
    // Per-field merging and pull, as SQLite migration 4.
    version: 4,
    sql: `
      ALTER TABLE dossiers ADD COLUMN clocks jsonb;
      ALTER TABLE dossiers ADD COLUMN pull_seq bigint NOT NULL DEFAULT 0;
      ALTER TABLE feedback ADD COLUMN clocks jsonb;
      ALTER TABLE feedback ADD COLUMN pull_seq bigint NOT NULL DEFAULT 0;
      ALTER TABLE units ADD COLUMN pull_seq bigint NOT NULL DEFAULT 0;
      ALTER TABLE devices ADD COLUMN change_count integer NOT NULL DEFAULT 0;
      ALTER TABLE devices ADD COLUMN min_seq integer NOT NULL DEFAULT 1;

      -- Each unit's existing records numbered once (dossiers, then feedback), for both tables.
      CREATE TEMP TABLE pull_order ON COMMIT DROP AS
        SELECT unit_id, id, kind, row_number() OVER (PARTITION BY unit_id ORDER BY kind, updated_at, id) AS n
        FROM (SELECT unit_id, id, 'd' AS kind, updated_at FROM dossiers
              UNION ALL SELECT unit_id, id, 'f', updated_at FROM feedback) AS records;
      UPDATE dossiers SET pull_seq = o.n FROM pull_order o WHERE o.kind = 'd' AND o.unit_id = dossiers.unit_id AND o.id = dossiers.id;
      UPDATE feedback SET pull_seq = o.n FROM pull_order o WHERE o.kind = 'f' AND o.unit_id = feedback.unit_id AND o.id = feedback.id;
      UPDATE units SET pull_seq = coalesce(greatest(
        (SELECT max(pull_seq) FROM dossiers WHERE dossiers.unit_id = units.unit_id),
        (SELECT max(pull_seq) FROM feedback WHERE feedback.unit_id = units.unit_id)), 0);
      UPDATE devices SET
        change_count = (SELECT count(*) FROM changes c WHERE c.unit_id = devices.unit_id AND c.device_id = devices.device_id),
        min_seq = coalesce((SELECT min(seq) FROM changes c WHERE c.unit_id = devices.unit_id AND c.device_id = devices.device_id), 1);

      CREATE INDEX dossiers_pull ON dossiers (unit_id, pull_seq);
      CREATE INDEX feedback_pull ON feedback (unit_id, pull_seq);

      ALTER TABLE dossiers ADD COLUMN finished_at text;
      UPDATE dossiers SET finished_at = coalesce(resolved_at, ended_at);
      ALTER TABLE dossiers ADD COLUMN voided_at text;
      UPDATE dossiers SET voided_at = data->>'voidedAt';
      ALTER TABLE dossiers ADD COLUMN outcome text CHECK (outcome IN ('early', 'on_time', 'late'));
      ALTER TABLE dossiers ADD COLUMN online smallint CHECK (online IN (0, 1));
      CREATE INDEX dossiers_report ON dossiers (unit_id, finished_at) INCLUDE (received_at, voided_at, outcome, online, field);
    `,
  },
  {
    // The audit trail, as SQLite migration 5 (append-only; fields NULL = the payload written whole).
    // On Citus: SELECT create_distributed_table('audit_entries', 'unit_id', colocate_with => 'changes');
    version: 5,
    sql: `
      CREATE TABLE audit_entries (
        unit_id     text    NOT NULL REFERENCES units (unit_id),
        audit_seq   bigint  NOT NULL,
        entity      text    NOT NULL CHECK (entity IN ('dossier', 'feedback')),
        entity_id   text    NOT NULL,
        change_id   text    NOT NULL,
        device_id   text    NOT NULL,
        seq         integer NOT NULL,
        officer_id  text,
        action      text,
        fields      jsonb,
        changed_at  text    NOT NULL,
        received_at text    NOT NULL,
        PRIMARY KEY (unit_id, audit_seq),
        FOREIGN KEY (unit_id, change_id) REFERENCES changes (unit_id, change_id)
      );

      CREATE INDEX audit_entries_record ON audit_entries (unit_id, entity, entity_id, audit_seq);

      INSERT INTO audit_entries (unit_id, audit_seq, entity, entity_id, change_id, device_id, seq, officer_id, action, fields, changed_at, received_at)
        SELECT c.unit_id,
               row_number() OVER (PARTITION BY c.unit_id ORDER BY c.received_at, c.device_id, c.seq) - count(*) OVER (PARTITION BY c.unit_id),
               c.entity, c.entity_id, c.change_id, c.device_id, c.seq,
               (SELECT t.officer_id FROM tokens t WHERE t.unit_id = c.unit_id AND t.device_id = c.device_id ORDER BY t.created_at DESC LIMIT 1),
               NULL, NULL, c.changed_at, c.received_at
          FROM changes c;
    `,
  },
];
