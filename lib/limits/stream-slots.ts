import { randomUUID } from "node:crypto";
import { sql, type Tx } from "@/lib/db";
import type { RouteClass } from "./route-classes";

/** A holder renews its slot this often while its stream runs; a slot not renewed for a lease is free. */
export const LEASE_SECONDS = 30;
export const RENEW_EVERY_MS = 10_000;

export interface Slot {
  routeClass: RouteClass;
  slot: number;
  holder: string;
}

/**
 * Takes one of the `cap` concurrent stream slots of a route class, or null when all are held. Slots are
 * rows in PostgreSQL, so every instance shares the cap; `FOR UPDATE SKIP LOCKED` hands each free slot
 * to one taker. A slot whose holder died (an instance killed mid-stream) frees itself when its lease
 * runs out.
 */
export async function takeStreamSlot(rows: Tx["rows"], routeClass: RouteClass, cap: number, client: string): Promise<Slot | null> {
  await rows(sql`INSERT INTO "StreamSlot" ("routeClass", slot) SELECT ${routeClass}, generate_series(0, ${cap}::int - 1) ON CONFLICT DO NOTHING`);
  const holder = randomUUID();
  // The free slot is chosen once, in a CTE: as a subquery joined to the table, it was run again for each
  // row the join read, and under concurrent takers it skipped the slots others had locked and then its
  // own, so that only one of many takers got a slot however many were free (npm run test:load, exports).
  const [row] = await rows<{ slot: number }>(sql`
    WITH free AS (
      SELECT slot FROM "StreamSlot"
      WHERE "routeClass" = ${routeClass} AND slot < ${cap}::int
        AND (holder IS NULL OR "expiresAt" < clock_timestamp() AT TIME ZONE 'UTC')
      ORDER BY slot LIMIT 1 FOR UPDATE SKIP LOCKED)
    UPDATE "StreamSlot" s
    SET holder = ${holder}, "clientKey" = ${client}, "expiresAt" = (clock_timestamp() AT TIME ZONE 'UTC') + make_interval(secs => ${LEASE_SECONDS}::int)
    FROM free
    WHERE s."routeClass" = ${routeClass} AND s.slot = free.slot
    RETURNING s.slot::int`);
  return row ? { routeClass, slot: row.slot, holder } : null;
}

/** Extends the lease of a slot still held; false when it was lost (expired and taken by another). */
export async function renewStreamSlot(rows: Tx["rows"], s: Slot): Promise<boolean> {
  const renewed = await rows<{ slot: number }>(sql`
    UPDATE "StreamSlot" SET "expiresAt" = (clock_timestamp() AT TIME ZONE 'UTC') + make_interval(secs => ${LEASE_SECONDS}::int)
    WHERE "routeClass" = ${s.routeClass} AND slot = ${s.slot}::int AND holder = ${s.holder} RETURNING slot::int`);
  return renewed.length === 1;
}

export async function releaseStreamSlot(rows: Tx["rows"], s: Slot): Promise<void> {
  await rows(sql`UPDATE "StreamSlot" SET holder = NULL, "clientKey" = NULL, "expiresAt" = NULL
    WHERE "routeClass" = ${s.routeClass} AND slot = ${s.slot}::int AND holder = ${s.holder}`);
}
