/**
 * Schema versions, applied in order, the same for SQLite and PostgreSQL (portable SQL only).
 * Every per-user table's key starts with (tenant_id, user_id) (jobs: an id, and the user in every row).
 * Never edit a released version: add a new one.
 */
export const migrations: readonly { readonly version: number; readonly sql: readonly string[] }[] = [
  {
    version: 1,
    sql: [
      `CREATE TABLE users (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL,
         first_seen_at TEXT NOT NULL, last_seen_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id))`,
      `CREATE TABLE stakeholder_preferences (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, stakeholder_id TEXT NOT NULL,
         deadline_style TEXT, language TEXT, worked_holidays TEXT NOT NULL, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id, stakeholder_id))`,
      `CREATE TABLE effort_overrides (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, item_id TEXT NOT NULL,
         hours DOUBLE PRECISION NOT NULL, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id, item_id))`,
      `CREATE TABLE sync_states (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL,
         state TEXT NOT NULL, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id))`,
    ],
  },
  {
    version: 2,
    sql: [
      'ALTER TABLE stakeholder_preferences ADD COLUMN tone TEXT',
      "ALTER TABLE users ADD COLUMN status TEXT NOT NULL DEFAULT 'active'",
      'ALTER TABLE users ADD COLUMN status_changed_at TEXT',
      `CREATE TABLE suggestion_records (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, suggestion_id TEXT NOT NULL,
         status TEXT NOT NULL, fingerprint TEXT NOT NULL, snoozed_until TEXT, draft_key TEXT, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id, suggestion_id))`,
      `CREATE TABLE item_histories (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, item_id TEXT NOT NULL,
         first_promised_on TEXT, last_state TEXT NOT NULL, last_promised_on TEXT, since_on TEXT NOT NULL,
         from_state TEXT, previous_promised_on TEXT, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id, item_id))`,
      `CREATE TABLE stakeholder_histories (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, stakeholder_id TEXT NOT NULL,
         last_suggested_on TEXT NOT NULL, last_severity TEXT NOT NULL, last_suggestion_id TEXT NOT NULL,
         updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id, stakeholder_id))`,
      // Only the key, the message id and link, and the state: never a subject or body (privacy).
      `CREATE TABLE draft_ledger (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, draft_key TEXT NOT NULL,
         state TEXT NOT NULL, message_id TEXT, web_link TEXT, error TEXT, attempts INTEGER NOT NULL,
         created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id, draft_key))`,
      'CREATE INDEX draft_ledger_by_state ON draft_ledger (state, updated_at)',
      `CREATE TABLE digest_schedules (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL,
         enabled INTEGER NOT NULL, audience_ids TEXT NOT NULL, weekday INTEGER NOT NULL, local_time TEXT NOT NULL,
         time_zone TEXT NOT NULL, last_period_done TEXT, next_run_at TEXT, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id))`,
      'CREATE INDEX digest_schedules_due ON digest_schedules (enabled, next_run_at)',
      `CREATE TABLE jobs (
         id TEXT NOT NULL PRIMARY KEY, tenant_id TEXT NOT NULL, user_id TEXT NOT NULL,
         queue TEXT NOT NULL, singleton_key TEXT, payload TEXT NOT NULL, state TEXT NOT NULL,
         attempts INTEGER NOT NULL, max_attempts INTEGER NOT NULL, retry_delay_ms INTEGER NOT NULL,
         run_at TEXT NOT NULL, locked_until TEXT, last_error TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
      // NULLs are distinct in a unique index on both engines: only jobs with a singleton key are unique.
      'CREATE UNIQUE INDEX jobs_singleton ON jobs (tenant_id, user_id, queue, singleton_key)',
      'CREATE INDEX jobs_due ON jobs (queue, state, run_at)',
      'CREATE INDEX jobs_by_user ON jobs (tenant_id, user_id)',
      `CREATE TABLE token_caches (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, cache_blob TEXT NOT NULL, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id))`,
    ],
  },
  {
    version: 3,
    sql: [
      // What the user did to an item in the tab: snoozed until an instant, or done for now (until it changes).
      // Only the item id and the mark: never a title (the title comes from Graph on each read).
      `CREATE TABLE item_marks (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, item_id TEXT NOT NULL,
         kind TEXT NOT NULL, until_at TEXT, fingerprint TEXT, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id, item_id))`,
      // The user's working preferences and which suggestion kinds are on, as one JSON document per user.
      `CREATE TABLE user_settings (
         tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, settings TEXT NOT NULL, updated_at TEXT NOT NULL,
         PRIMARY KEY (tenant_id, user_id))`,
    ],
  },
];

/**
 * Tables holding per-user rows, in the order "forget me" deletes them; export reads the same list. A test reads
 * the schema from the database and fails when a table with `tenant_id` and `user_id` is missing here.
 */
export const userTables = [
  'stakeholder_preferences',
  'effort_overrides',
  'sync_states',
  'suggestion_records',
  'item_histories',
  'stakeholder_histories',
  'draft_ledger',
  'digest_schedules',
  'jobs',
  'token_caches',
  'item_marks',
  'user_settings',
  'users',
] as const;

/** The name of a table with per-user rows. */
export type UserTable = (typeof userTables)[number];
