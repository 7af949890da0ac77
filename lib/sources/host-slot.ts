import { sql, type Tx } from "@/lib/db";

/**
 * Waits for this host's next free slot: each request books the moment `delayMs` after the last one
 * booked, in one statement on a shared row, so workers on several machines keep the delay between
 * them without talking to each other.
 */
export async function waitForHostSlot(tx: Tx, host: string, delayMs: number): Promise<void> {
  if (delayMs <= 0) return;
  const [row] = await tx.rows<{ waitMs: number }>(sql`
    INSERT INTO "FetchHost" (host, "nextAt") VALUES (${host}, now() + ${delayMs}::int * interval '1 millisecond')
    ON CONFLICT (host) DO UPDATE SET "nextAt" = greatest("FetchHost"."nextAt", now()) + ${delayMs}::int * interval '1 millisecond'
    RETURNING greatest(0, extract(epoch FROM ("nextAt" - ${delayMs}::int * interval '1 millisecond' - now())) * 1000)::int AS "waitMs"`);
  const waitMs = row?.waitMs ?? 0;
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
}
