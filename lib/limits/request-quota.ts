import { sql, type Tx } from "@/lib/db";
import type { RouteClass } from "./route-classes";

export const WINDOW_SECONDS = 60;

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one request of `client` to `routeClass` in the current fixed window, in PostgreSQL, so every
 * app instance counts against one allowance; the database's clock decides the window. One upsert per
 * request: the count comes back with the seconds left in the window. The first request of a window
 * deletes the rows of windows that have ended (an index range on `windowStart`).
 */
export async function admitRequest(rows: Tx["rows"], client: string, routeClass: RouteClass, limit: number): Promise<Admission> {
  if (limit <= 0) return { ok: true };
  const [row] = await rows<{ count: number; opened: boolean; left: number }>(sql`
    WITH now AS (SELECT clock_timestamp() AT TIME ZONE 'UTC' AS at),
         win AS (SELECT to_timestamp(floor(extract(epoch FROM at) / ${WINDOW_SECONDS}::int) * ${WINDOW_SECONDS}::int) AT TIME ZONE 'UTC' AS start, at FROM now)
    INSERT INTO "RequestQuota" ("clientKey", "routeClass", "windowStart")
    SELECT ${client}, ${routeClass}, start FROM win
    ON CONFLICT ("clientKey", "routeClass", "windowStart") DO UPDATE SET count = "RequestQuota".count + 1
    RETURNING count::int, (xmax = 0) AS opened,
      ceil(extract(epoch FROM "windowStart" + make_interval(secs => ${WINDOW_SECONDS}::int) - (SELECT at FROM win)))::int AS left`);
  if (!row) throw new Error("request quota: the upsert returned no row");
  if (row.opened) await rows(sql`DELETE FROM "RequestQuota" WHERE "windowStart" < (clock_timestamp() AT TIME ZONE 'UTC') - make_interval(secs => ${WINDOW_SECONDS}::int)`);
  return row.count <= limit ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, row.left) };
}
