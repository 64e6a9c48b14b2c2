/** The little a SQL store needs from a database driver. SQL is written with `$1…$n` placeholders. */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /** Runs `work` in one transaction; the driver passed to it is bound to that transaction. */
  transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
