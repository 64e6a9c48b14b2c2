/**
 * Schema versions, applied in order, the same for SQLite and PostgreSQL (portable SQL only).
 * Every table's key starts with (tenant_id, user_id).
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
];

/** Tables holding per-user rows, in the order "forget me" deletes them. */
export const userTables = ['stakeholder_preferences', 'effort_overrides', 'sync_states', 'users'] as const;
