import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { AppError } from '@upfront/core';

/** A configuration problem; lists every problem at once. */
export class ConfigError extends AppError {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`, 'The server is misconfigured.');
  }
}

const Url = (description: string) => Type.String({ pattern: '^https?://', description });

/**
 * Every setting of the server. Defaults run the offline demo: the Graph simulator on 127.0.0.1:4010 is Graph,
 * the token issuer and the MSAL authority; SQLite holds the data. Production changes only these values.
 */
export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  HOST: Type.String({ default: '127.0.0.1' }),
  LOG_LEVEL: Type.Union([Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'), Type.Literal('debug'), Type.Literal('silent')], { default: 'info' }),
  DATABASE_URL: Type.String({ default: 'sqlite:./data/local.db', pattern: '^(sqlite:|postgres(ql)?://)' }),
  /** Microsoft Graph, e.g. https://graph.microsoft.com/v1.0 */
  GRAPH_BASE_URL: Url('Graph base URL including /v1.0'),
  /** The MSAL authority for on-behalf-of, e.g. https://login.microsoftonline.com/<tenant-id> */
  AUTH_AUTHORITY: Url('MSAL authority'),
  /** host[:port] list MSAL may trust as authorities without Microsoft's instance discovery. */
  AUTH_KNOWN_AUTHORITIES: Type.String({ default: '' }),
  AUTH_CLIENT_ID: Type.String({ minLength: 1 }),
  AUTH_CLIENT_SECRET: Type.String({ minLength: 1 }),
  /** Accepted `iss` of SSO tokens; `{tenantid}` is replaced by the token's `tid`. */
  TOKEN_ISSUER: Type.String({ minLength: 1 }),
  TOKEN_JWKS_URL: Url('JWKS of the token issuer'),
  /** Tenants allowed to use this deployment (comma-separated tenant ids). */
  ALLOWED_TENANTS: Type.String({ minLength: 1 }),
  /** Extra certificate authority (PEM file) to trust for Graph and identity, e.g. the simulator's local CA. */
  TRUSTED_CA_FILE: Type.Optional(Type.String({ minLength: 1 })),
  /** Where a browser outside Teams gets demo sign-in tokens (the simulator's /demo routes); unset in production. */
  DEMO_IDENTITY_URL: Type.Optional(Url('demo identity provider')),
  /** The built tab (packages/web/dist). */
  WEB_ROOT: Type.Optional(Type.String({ minLength: 1 })),
  /** Where jobs run: `in-process` (the default: one process, state in the SQLite store), `pg-boss` (PostgreSQL, any number of `pnpm worker` processes), or `off`. */
  JOBS: Type.Union([Type.Literal('in-process'), Type.Literal('pg-boss'), Type.Literal('off')], { default: 'in-process' }),
  /** pg-boss's database; default: `DATABASE_URL` when that is PostgreSQL. */
  JOBS_DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** pg-boss's own schema, apart from Upfront's tables. */
  JOBS_SCHEMA: Type.String({ default: 'pgboss', pattern: '^[a-z_][a-z0-9_]*$' }),
  /** How often due digests are looked for (minutes). */
  DIGESTS_TICK_MINUTES: Type.Integer({ default: 1, minimum: 1, maximum: 60 }),
  /** Digests one process prepares at the same time (each for one user's mailbox). */
  DIGESTS_CONCURRENCY: Type.Integer({ default: 4, minimum: 1, maximum: 64 }),
  /** Retries of a failed digest before it is kept as failed (dead letter). */
  DIGESTS_RETRY_LIMIT: Type.Integer({ default: 3, minimum: 0, maximum: 20 }),
  /** First retry delay; doubled for each further retry. */
  DIGESTS_RETRY_DELAY_SECONDS: Type.Integer({ default: 30, minimum: 0, maximum: 3600 }),
  /** A digest running longer is taken as lost (its worker died) and retried; below pg-boss's 15-minute default. */
  DIGESTS_EXPIRE_SECONDS: Type.Integer({ default: 600, minimum: 10, maximum: 3600 }),
});
export type Config = Static<typeof ConfigSchema>;

/** Reads the configuration from an environment, reporting all problems together. */
export function loadConfig(env: Record<string, string | undefined>): Readonly<Config> {
  const known = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in ConfigSchema.properties && v !== undefined && v !== ''));
  const value = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, known));
  const problems = [...Value.Errors(ConfigSchema, value)].map((e) => `${e.instancePath.replace(/^\//, '') || '(root)'}: ${e.message}`);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(value as Config);
}
