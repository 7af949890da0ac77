import { sql, poolTx, type Db } from "@/lib/db";
import { fetchPage } from "@/lib/fetch-page/fetch-page";
import { pageText } from "@/lib/fetch-page/page-text";
import { readPageOffThread } from "@/lib/fetch-page/read-page-pool";
import { sameOfficialKey } from "@/lib/importer/extract/people";
import { curatedByName } from "@/lib/importer/extract/people/curated-index";
import { extractWithinBudget } from "@/lib/importer/pool";
import { bodySignature, findResemblance, type Resemblance } from "@/lib/importer/store/reprints";
import { storeArticle, storeUnlessResembling } from "@/lib/importer/store/store-article";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Extraction } from "@/lib/importer/types";
import { UrlTakenError } from "@/lib/provenance/write-provenance";
import type { SourceSettings } from "./fetch-settings";
import { waitForHostSlot } from "./host-slot";
import { reviewReasons, type ReviewReason } from "./review-reasons";
import { robotsAllow } from "./robots";
import { isPassing, problemOf, SourceError, type SourceProblem } from "./source-problem";

export type ItemOutcome = "published" | "review" | "skipped" | "failed" | "done-before";

interface Item {
  id: number;
  url: string;
  status: string;
  outlet: string;
  outletId: number;
}

/**
 * One item, start to end, as one job: fetch the page, take out its article, let the importer read it
 * (its own refusals — not Russian, not about Kazakhstan and the US — skip the item, with the reason),
 * then either store it through the importer's store, as `npm run import` does, or hold it for review.
 * Idempotent, so the queue may run it again after a crash at any point: an item already settled is
 * left alone, and storing the same text again finds the article by its content hash (or its URL).
 * A passing fault (timeout, 5xx, network) throws, for the queue's retry with backoff; on the last
 * attempt the item is marked failed first. Other faults settle the item with the reason.
 */
export async function fetchItem(db: Db, itemId: number, settings: SourceSettings, attempt: { last: boolean }): Promise<ItemOutcome> {
  const tx = poolTx(db);
  const [item] = await tx.rows<Item>(sql`
    UPDATE "SourceItem" i SET attempts = attempts + 1 FROM "Outlet" o
    WHERE i.id = ${itemId}::int AND o.id = i."outletId"
    RETURNING i.id, i.url, i.status::text AS status, o.name AS outlet, o.id AS "outletId"`);
  if (!item || item.status !== "queued") return "done-before";
  let x: Extraction;
  let fetchedAt: Date;
  try {
    if (!(await robotsAllow(tx, item.url, settings))) throw new SourceError({ kind: "robots" });
    await waitForHostSlot(tx, new URL(item.url).host, settings.hostDelayMs);
    const fetched = await fetchPage(item.url, settings.fetch);
    fetchedAt = fetched.fetchedAt;
    const page = await readPageOffThread({ body: fetched.body, contentType: fetched.contentType, url: fetched.url });
    x = await extractWithinBudget(pageText(page), item.url);
    x.article.url = page.canonicalUrl;
    x.article.outlet = item.outlet;
    x.article.fetchedAt = fetchedAt.toISOString();
  } catch (error) {
    const problem = problemOf(error);
    const retry = isPassing(problem) && !attempt.last;
    const status = problem.kind === "importer" || problem.kind === "robots" ? "skipped" : retry ? "queued" : "failed";
    await settle(db, item.id, status, problem);
    if (retry || isPassing(problem)) throw error;
    return status === "skipped" ? "skipped" : "failed";
  }

  try {
    return await keep(db, item, x, fetchedAt, settings);
  } catch (error) {
    // An unexpected fault while storing (the database away, a bug): retried by the queue like a passing
    // fetch fault; after the last attempt the item says why instead of staying queued for ever.
    await settle(db, item.id, attempt.last ? "failed" : "queued", problemOf(error));
    throw error;
  }
}

/** The read item stored as an article, or held for review. */
async function keep(db: Db, item: Item, x: Extraction, fetchedAt: Date, settings: SourceSettings): Promise<"published" | "review"> {
  const ownUrls = [item.url, ...(x.article.url ? [x.article.url] : [])];
  const reasons = reviewReasons(x, await knownOfficials(db, x));
  if (settings.review === "all" || (settings.review === "unsure" && reasons.length > 0)) {
    // Held in any case: whether it also resembles a stored article is for the editor to see.
    const resembles = await findResemblance(poolTx(db), bodySignature(x.article.paragraphs.join("\n\n")), ownUrls);
    await holdForReview(db, item, x, fetchedAt, resembles ? [...reasons, "possible-reprint"] : reasons, resembles);
    return "review";
  }
  let articleId: number | null;
  try {
    // A reprint of a stored story answers with that story's article, its page added to it. A story
    // alike to a stored one but below the reprint rule is held back by the store: an editor decides.
    const stored = settings.review === "unsure" ? await storeUnlessResembling(db, x, ownUrls) : await storeArticle(db, x, null);
    if ("resembles" in stored) {
      await holdForReview(db, item, x, fetchedAt, ["possible-reprint"], stored.resembles);
      return "review";
    }
    articleId = stored.articleId;
  } catch (error) {
    if (!(error instanceof UrlTakenError)) throw error;
    // The page's address is already an article's (another link to the same page): that article is this item's.
    articleId = await articleOf(db, x);
  }
  await poolTx(db).rows(sql`UPDATE "SourceItem" SET status = 'published', "articleId" = ${articleId}::int, reason = NULL, "doneAt" = now() WHERE id = ${item.id}::int`);
  return "published";
}

async function settle(db: Db, itemId: number, status: "queued" | "skipped" | "failed", problem: SourceProblem): Promise<void> {
  await poolTx(db).rows(sql`
    UPDATE "SourceItem" SET status = ${status}::text::"SourceItemStatus", reason = ${JSON.stringify(problem)}::jsonb,
      "doneAt" = CASE WHEN ${status}::text = 'queued' THEN NULL ELSE now() END
    WHERE id = ${itemId}::int`);
}

/** The names the importer found that its lexicon or the archive already knows. */
async function knownOfficials(db: Db, x: Extraction): Promise<(name: string) => boolean> {
  const keys = x.officials.map((o) => sameOfficialKey(o.name));
  const stored = new Set((await db.official.findMany({ where: { matchKey: { in: keys } }, select: { matchKey: true } })).map((o) => o.matchKey));
  return (name) => curatedByName(name) !== null || stored.has(sameOfficialKey(name));
}

/** The item waits for an editor: its text and reasons kept, nothing public written. One transaction. */
async function holdForReview(db: Db, item: Item, x: Extraction, fetchedAt: Date, reasons: ReviewReason[], resembles: Resemblance | null): Promise<void> {
  await db.$transaction([
    db.reviewItem.upsert({
      where: { url: x.article.url ?? item.url },
      create: { url: x.article.url ?? item.url, outletId: item.outletId, title: x.article.title, rawText: x.article.rawText, fetchedAt, reasons, resemblesId: resembles?.id ?? null },
      update: {},
    }),
    db.sourceItem.update({ where: { id: item.id }, data: { status: "review", reason: Prisma.DbNull, doneAt: new Date() } }),
  ]);
}

async function articleOf(db: Db, x: Extraction): Promise<number | null> {
  const [row] = await poolTx(db).rows<{ id: number }>(sql`
    SELECT id FROM "Article" WHERE "contentHash" = ${x.article.contentHash}
    UNION ALL SELECT "articleId" FROM "ArticleUrl" WHERE url = ${x.article.url}
    LIMIT 1`);
  return row?.id ?? null;
}
