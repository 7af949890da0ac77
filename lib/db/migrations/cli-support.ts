/** What the migration CLIs share: one readable line on stderr and a non-zero exit, never a stack. */
export function exitWithError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Error: ${message.split("\n").find((line) => line.trim() !== "") ?? "unknown error"}`);
  process.exit(1);
}

export function requireDatabaseUrl(databaseUrl: string | undefined): string {
  if (databaseUrl) return databaseUrl;
  exitWithError(
    "DATABASE_URL is not set: point it at your PostgreSQL (postgres://user:password@host:5432/chronicle), " +
      "or run `npm start`, which starts the embedded database and migrates it",
  );
}
