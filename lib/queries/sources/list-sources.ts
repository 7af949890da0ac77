import "server-only";
import { queryRows, sql } from "@/lib/db";
import type { SourceProblem } from "@/lib/sources/source-problem";

export interface SourceRow {
  id: number;
  name: string;
  site: string | null;
  feedUrl: string | null;
  listing: boolean;
  enabled: boolean;
  pollRequested: boolean;
  lastPolledAt: Date | null;
  nextPollAt: Date | null;
  failures: number;
  lastError: SourceProblem | null;
  found: number;
  /** Still to be fetched (or retried after a passing fault). */
  queued: number;
  published: number;
  /** Held for an editor's review. */
  waiting: number;
  failed: number;
}

export interface FailedItem {
  id: number;
  url: string;
  outlet: string;
  status: "skipped" | "failed";
  reason: SourceProblem | null;
  at: Date | null;
}

/** Every outlet that has a feed, or was seeded or enabled as a source, with its items counted by state:
 *  queued to be fetched, published (at once or after review), waiting for an editor, failed or skipped. */
export async function listSources(): Promise<SourceRow[]> {
  return queryRows<SourceRow>(sql`
    SELECT o.id, o.name, o.site, o."feedUrl", o."listingPattern" IS NOT NULL AS listing, o.enabled,
      o."pollRequestedAt" IS NOT NULL AS "pollRequested", o."lastPolledAt", o."nextPollAt", o.failures, o."lastError",
      coalesce(c.found, 0)::int AS found, (coalesce(c.published, 0) + coalesce(r.published, 0))::int AS published,
      coalesce(c.queued, 0)::int AS queued, coalesce(r.waiting, 0)::int AS waiting, coalesce(c.failed, 0)::int AS failed
    FROM "Outlet" o
    LEFT JOIN (
      SELECT "outletId", count(*) AS found, count(*) FILTER (WHERE status = 'published') AS published,
        count(*) FILTER (WHERE status = 'queued') AS queued, count(*) FILTER (WHERE status IN ('failed', 'skipped')) AS failed
      FROM "SourceItem" GROUP BY "outletId"
    ) c ON c."outletId" = o.id
    LEFT JOIN (
      SELECT "outletId", count(*) FILTER (WHERE status = 'waiting') AS waiting, count(*) FILTER (WHERE status = 'published') AS published
      FROM "ReviewItem" GROUP BY "outletId"
    ) r ON r."outletId" = o.id
    WHERE o."feedUrl" IS NOT NULL OR o.enabled OR c.found IS NOT NULL
    ORDER BY o.enabled DESC, o.name`);
}

/** The latest items that failed or were skipped, with their reasons. */
export async function listFailedItems(limit = 20): Promise<FailedItem[]> {
  return queryRows<FailedItem>(sql`
    SELECT i.id, i.url, o.name AS outlet, i.status::text AS status, i.reason, coalesce(i."doneAt", i."firstSeenAt") AS at
    FROM "SourceItem" i JOIN "Outlet" o ON o.id = i."outletId"
    WHERE i.status IN ('failed', 'skipped') OR (i.status = 'queued' AND i.reason IS NOT NULL)
    ORDER BY coalesce(i."doneAt", i."firstSeenAt") DESC, i.id DESC LIMIT ${limit}::int`);
}
