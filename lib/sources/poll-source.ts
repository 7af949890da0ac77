import type PgBoss from "pg-boss";
import { poolTx, sql, type Db } from "@/lib/db";
import { fetchPage } from "@/lib/fetch-page/fetch-page";
import { decodeHtml } from "@/lib/fetch-page/decode-html";
import { QUEUES, type FetchItemJob } from "@/lib/jobs/queues";
import { withJobs } from "@/lib/jobs/with-jobs";
import { FEED_ACCEPT, type SourceSettings } from "./fetch-settings";
import { waitForHostSlot } from "./host-slot";
import { minutesToNextPoll } from "./poll-state";
import { decodeFeed, readFeedItems, readListingItems, type ListedItem } from "./read-feed";
import { robotsAllow } from "./robots";
import { problemOf, SourceError } from "./source-problem";

interface PolledOutlet {
  id: number;
  feedUrl: string | null;
  listingPattern: string | null;
  etag: string | null;
  lastModified: string | null;
  pollMinutes: number;
  failures: number;
}

export interface PollOutcome {
  found: number;
  queued: number;
  notModified: boolean;
}

/**
 * One poll of a source: its feed (or listing page) is fetched with the last answer's validators, its
 * items read, and each address seen for the first time becomes an item with its fetch job — the items,
 * their jobs and the source's new poll state in ONE transaction, so a poll that dies leaves nothing
 * half-queued and the next one finds the same items new. A failure is kept on the source with the
 * next poll put off (doubling per failure in a row); the poll itself is not retried by the queue —
 * the schedule is the retry.
 */
export async function pollSource(db: Db, boss: PgBoss, outletId: number, settings: SourceSettings): Promise<PollOutcome | null> {
  const [outlet] = await poolTx(db).rows<PolledOutlet>(sql`
    SELECT id, "feedUrl", "listingPattern", etag, "lastModified", "pollMinutes", failures FROM "Outlet" WHERE id = ${outletId}::int`);
  if (!outlet) return null;
  try {
    if (!outlet.feedUrl) throw new SourceError({ kind: "no-feed" });
    if (!(await robotsAllow(poolTx(db), outlet.feedUrl, settings))) throw new SourceError({ kind: "robots" });
    await waitForHostSlot(poolTx(db), new URL(outlet.feedUrl).host, settings.hostDelayMs);
    const page = await fetchPage(outlet.feedUrl, {
      ...settings.fetch,
      accept: outlet.listingPattern ? undefined : FEED_ACCEPT,
      conditional: { etag: outlet.etag, lastModified: outlet.lastModified },
    });
    const items = page.notModified ? [] : listedItems(outlet, page.body, page.contentType, page.url);
    const queued = await queueNewItems(db, boss, outlet, items, { etag: page.etag, lastModified: page.lastModified });
    return { found: items.length, queued, notModified: page.notModified };
  } catch (error) {
    const failures = outlet.failures + 1;
    await poolTx(db).rows(sql`
      UPDATE "Outlet" SET failures = ${failures}::int, "lastError" = ${JSON.stringify(problemOf(error))}::jsonb, "lastPolledAt" = now(),
        "nextPollAt" = now() + ${minutesToNextPoll(outlet.pollMinutes, failures)}::int * interval '1 minute'
      WHERE id = ${outlet.id}::int`);
    return null;
  }
}

function listedItems(outlet: PolledOutlet, body: Buffer, contentType: string, url: string): ListedItem[] {
  if (outlet.listingPattern) return readListingItems(decodeHtml(body, contentType), url, outlet.listingPattern);
  return readFeedItems(decodeFeed(body, contentType), url);
}

async function queueNewItems(db: Db, boss: PgBoss, outlet: PolledOutlet, items: ListedItem[], validators: { etag: string | null; lastModified: string | null }): Promise<number> {
  return withJobs(db, boss, async (tx, queue) => {
    const rows = await tx.rows<{ id: number }>(sql`
      INSERT INTO "SourceItem" (url, "outletId", title)
      SELECT url, ${outlet.id}::int, title FROM unnest(${items.map((i) => i.url)}::text[], ${items.map((i) => i.title)}::text[]) AS t(url, title)
      ON CONFLICT (url) DO NOTHING RETURNING id`);
    await queue(rows.map(({ id }) => ({ name: QUEUES.fetchItem, data: { itemId: id } satisfies FetchItemJob, singletonKey: `item-${id}` })));
    await tx.rows(sql`
      UPDATE "Outlet" SET failures = 0, "lastError" = NULL, "lastPolledAt" = now(),
        etag = coalesce(${validators.etag}::text, etag), "lastModified" = coalesce(${validators.lastModified}::text, "lastModified"),
        "nextPollAt" = now() + "pollMinutes" * interval '1 minute'
      WHERE id = ${outlet.id}::int`);
    return rows.length;
  });
}
