/** The little a SQL store needs from a database driver. SQL is written with `$1…$n` placeholders. */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs a statement and returns its rows (also for `… RETURNING`). */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /**
   * Runs `work` in one transaction; the driver passed to it is bound to that transaction, and `work` must use
   * only that one (on SQLite the outer driver waits for the transaction to end).
   */
  transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T>;
  /**
   * Runs `work` on one session holding the database-wide schema lock: `pg_advisory_lock` on PostgreSQL, the
   * write queue on SQLite (each transaction inside is `BEGIN IMMEDIATE`, exclusive across processes).
   */
  exclusive<T>(work: (session: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
