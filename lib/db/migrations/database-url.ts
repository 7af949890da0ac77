/** Connection fields for `pg`, taken from a `postgres://user:password@host:port/database` URL. */
export type PgConnectionConfig = {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
};

/**
 * Fields rather than a connection string: adapter-pg spreads its config into the shadow database's
 * pool, and a `connectionString` there would win over the shadow database's name (STACK-NOTES).
 */
export function parseDatabaseUrl(databaseUrl: string): PgConnectionConfig {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error("DATABASE_URL is not a URL (expected postgres://user:password@host:port/database)");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (database === "") throw new Error("DATABASE_URL names no database (postgres://…/database)");
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1") || "localhost",
    port: url.port === "" ? 5432 : Number(url.port),
    user: decodeURIComponent(url.username) || "postgres",
    password: url.password === "" ? undefined : decodeURIComponent(url.password),
    database,
  };
}

export function describeAddress(config: PgConnectionConfig): string {
  return `${config.host}:${config.port}`;
}
