/**
 * Errors the migration tools raise on purpose. Their messages are one readable line, so CLIs and the
 * start script can print `error.message` as is, without a stack trace.
 */
export class MigrationError extends Error {
  override name = "MigrationError";
}

export class DatabaseUnreachableError extends MigrationError {
  override name = "DatabaseUnreachableError";

  constructor(
    readonly address: string,
    readonly reason: string,
  ) {
    super(`Cannot reach PostgreSQL at ${address}: ${reason}`);
  }
}

export class MigrationFailedError extends MigrationError {
  override name = "MigrationFailedError";

  constructor(
    readonly migrationName: string,
    readonly reason: string,
  ) {
    super(`Migration ${migrationName} failed and was rolled back, nothing of it was kept: ${reason}`);
  }
}

/** The engine's errors span many lines (with a Rust backtrace); keep the lines that explain. */
export function oneLine(message: string): string {
  const lines: string[] = [];
  for (const raw of message.split("\n")) {
    const line = raw.trim();
    if (/^\d+: /.test(line) || line.startsWith("at ") || line.startsWith("with ")) break;
    if (line !== "") lines.push(line);
  }
  return lines.join(" ").replace(/\s+/g, " ") || "unknown error";
}
