import pg from "pg";

import { describeAddress, type PgConnectionConfig } from "./database-url";
import { DatabaseUnreachableError } from "./errors";

/**
 * Connects once before the engine does: the engine's own connection error spans several lines and
 * hides the cause, while `pg` tells refused, unknown host, bad password and missing database apart.
 */
export async function checkConnection(config: PgConnectionConfig): Promise<void> {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnreachableError(describeAddress(config), connectionFailureReason(error, config));
  } finally {
    await client.end().catch(() => {});
  }
}

export function connectionFailureReason(error: unknown, config: Pick<PgConnectionConfig, "user" | "database">): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "unknown host";
    case "ETIMEDOUT":
      return "connection timed out";
    case "28P01":
    case "28000":
      return `authentication failed for user "${config.user}"`;
    case "3D000":
      return `database "${config.database}" does not exist`;
  }
  const text = typeof message === "string" && message !== "" ? message : String(error);
  return /timeout/i.test(text) ? "connection timed out" : text.split("\n")[0]!;
}
