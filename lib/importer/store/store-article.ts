import { type Db, inTransaction, prismaTx, sql, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { organisationOf } from "@/lib/importer/organisations/organisation-of";
import type { Extraction } from "@/lib/importer/types";
import { addFurtherUrl, writeProvenance } from "@/lib/provenance/write-provenance";
import { slugify } from "@/lib/text/slugify";
import { detachArticle } from "./detach-article";
import { ensureCountries, freeSlugSql, placeIds, sourceId } from "./lookups";
import { bandLocks, bodySignature, findReprintOf, findResemblance, looseLocks, signatureWriteSql, type ReprintOf, type Resemblance } from "./reprints";
import { retryRaces } from "./retryable-error";
import { StoreCache } from "./store-cache";
import { candidatesSql, meetingIdsSql, meetingLocksSql, meetingPlans, paragraphIndex, planMeetings, type Candidate } from "./store-meetings";
import { collectPositions, officialLookupSql, officialWrites, resolveOfficials, type OfficialRow, type StoredOfficial } from "./store-officials";
import { topicIdsBySlug } from "./sync-topics";
import { writeArticleRows, type EvidenceRow } from "./write-rows";

/** `reprint`: the text is another copy of a stored article's story (lib/reprints): no article was
 *  created; its URL, if it had one, became a further page of that article. */
export type StoreOutcome = "created" | "updated" | "unchanged" | "reprint";

export interface StoreResult {
  outcome: StoreOutcome;
  /** The article written, found unchanged, or (for a reprint) the one whose story it is. */
  articleId: number | null;
}

export interface StoreOptions {
  /** false for a bulk run that ends with a durable commit of its own (see TransactionOptions). Default true. */
  durable?: boolean;
}

/** What was stored, for a caller that goes on writing in the same transaction (an editor's corrections). */
export interface StoredArticle {
  articleId: number;
  slug: string;
  /** The stored meeting of each of `x.meetings`, in order: new, or the stored one it reports. */
  meetingIds: number[];
  /** Stored officials by the extraction's canonical names. */
  officials: Map<string, StoredOfficial>;
  topicIds: Map<string, number>;
}

type Written =
  | { outcome: "unchanged"; articleId: number | null }
  | { outcome: "reprint"; reprintOf: ReprintOf }
  | { outcome: "created" | "updated"; stored: StoredArticle };


/**
 * Stores one extracted article in ONE transaction: nothing is half-written when any step fails.
 * The same text again is unchanged; a new text under the same file name, or from the same original page
 * (` url `, a fetch), updates the article (its old contributions are removed first, so nothing is
 * duplicated); an editor's version is never overwritten. A new text that is a reprint of a stored
 * article's story (near-duplicate body: lib/reprints) creates nothing: its page joins that article.
 * Safe to run concurrently: a transaction that lost a race with another importer (the same new official
 * or article created twice, a deadlock) is rolled back and run again, and then sees the winner's rows.
 * `cache` keeps lookup ids across the articles of one run. A handful of statements per article, sent
 * straight to the driver (see poolOf).
 */
export async function storeArticle(db: Db, x: Extraction, fileName: string | null, cache = new StoreCache(), { durable = true }: StoreOptions = {}): Promise<StoreResult> {
  return retryRaces(async () => {
    const view = cache.forTransaction();
    const written = await inTransaction(db, (tx) => writeArticle(tx, view, x, { fileName, origin: "importer" }), { durable });
    cache.commit(view);
    return { outcome: written.outcome, articleId: articleIdOf(written) };
  });
}

/**
 * For an item a source brought in, published unless an editor should see it first: stored as
 * storeArticle stores it, except a text that resembles a stored article below the reprint rule (a
 * possible reprint, lib/reprints) — then nothing is written and that article is returned. The check
 * runs under a lock per loose-index minimum, so of two rewrites of one story fetched at once the second
 * waits for the first and finds it. Pages in `ownUrls` are the item's own (a page fetched again does
 * not resemble its own article).
 */
export async function storeUnlessResembling(db: Db, x: Extraction, ownUrls: string[]): Promise<StoreResult | { resembles: Resemblance }> {
  return retryRaces(async () => {
    const cache = new StoreCache();
    const view = cache.forTransaction();
    const written = await inTransaction(db, (tx) => writeArticle(tx, view, x, { fileName: null, origin: "importer", resemblance: { ownUrls } }), { durable: true });
    return written.outcome === "resembles" ? { resembles: written.resemblance } : { outcome: written.outcome, articleId: articleIdOf(written) };
  });
}

function articleIdOf(w: Written): number | null {
  if (w.outcome === "unchanged") return w.articleId;
  return w.outcome === "reprint" ? w.reprintOf.id : w.stored.articleId;
}

/**
 * An article an editor publishes, stored by the same steps inside the editor's transaction, so their
 * corrections follow in it (the caller runs it again when it loses a race: retryRaces). The article is
 * the editor's (origin `editor`, no file name): a later import of the same text leaves it unchanged.
 * Null when the same text is already in the archive; `reprintOf` when it is another copy of a stored
 * story (its URL, if any, is now that article's further page).
 */
export async function storeEditorArticle(tx: Prisma.TransactionClient, x: Extraction): Promise<StoredArticle | { reprintOf: ReprintOf } | null> {
  const written = await writeArticle(prismaTx(tx), new StoreCache(), x, { fileName: null, origin: "editor" });
  if (written.outcome === "unchanged") return null;
  return written.outcome === "reprint" ? { reprintOf: written.reprintOf } : written.stored;
}

interface Lookup {
  /** Articles with this text, this file name, or this URL as a page (`page`: whether as its original; null: not its page). */
  known: { id: number; slug: string; origin: "importer" | "editor"; contentHash: string; fileName: string | null; page: boolean | null }[];
  officials: OfficialRow[];
}

interface WriteOptions {
  fileName: string | null;
  origin: "importer" | "editor";
  /** Hold back a new text that resembles a stored article (storeUnlessResembling). */
  resemblance?: { ownUrls: string[] };
}

/** A possible reprint held back: nothing was written. */
type Held = { outcome: "resembles"; resemblance: Resemblance };

function writeArticle(tx: Tx, cache: StoreCache, x: Extraction, options: WriteOptions & { resemblance?: undefined }): Promise<Written>;
function writeArticle(tx: Tx, cache: StoreCache, x: Extraction, options: WriteOptions): Promise<Written | Held>;
async function writeArticle(tx: Tx, cache: StoreCache, x: Extraction, { fileName, origin, resemblance }: WriteOptions): Promise<Written | Held> {
  const a = x.article;
  const signature = bodySignature(a.paragraphs.join("\n\n"));
  // The first statement takes the meeting locks and the story's band locks (whatever happens next, the
  // article will hold them to commit) while reading what is already stored: from here to commit the
  // transaction runs alongside importers of other meetings and stories only, and every later statement
  // sees what earlier holders committed.
  const page = sql`(SELECT u."articleId" FROM "ArticleUrl" u WHERE u.url = ${a.url}::text AND u.original)`;
  const replacing = sql`EXISTS (SELECT 1 FROM "Article" a WHERE (a."fileName" = ${fileName} OR a.id = ${page}) AND a."contentHash" <> ${a.contentHash} AND a.origin = 'importer')`;
  const [lookup] = await tx.rows<Lookup>(sql`
    SELECT ${meetingLocksSql(x, replacing, [...bandLocks(signature), ...(resemblance ? looseLocks(signature) : [])])} AS locks,
      (SELECT coalesce(json_agg(json_build_object('id', a.id, 'slug', a.slug, 'origin', a.origin, 'contentHash', a."contentHash", 'fileName', a."fileName",
          'page', (SELECT u.original FROM "ArticleUrl" u WHERE u.url = ${a.url}::text AND u."articleId" = a.id))), '[]')
        FROM "Article" a WHERE a."contentHash" = ${a.contentHash} OR a."fileName" = ${fileName}
          OR a.id = (SELECT u."articleId" FROM "ArticleUrl" u WHERE u.url = ${a.url}::text)) AS known,
      ${officialLookupSql(x.officials)} AS officials`);
  if (!lookup) throw new Error("the article lookup returned nothing");
  const same = lookup.known.find((k) => k.contentHash === a.contentHash);
  // The very same text on a page the archive does not know (a copy word for word): that page joins it.
  if (same && a.url && !lookup.known.some((k) => k.page !== null)) {
    await addFurtherUrl(tx, same.id, { ...a, url: a.url });
    return { outcome: "reprint", reprintOf: same };
  }
  if (same) return { outcome: "unchanged", articleId: same.id };
  // A file re-imported, or the original page fetched again, with a changed text: a new version of its
  // article. Not a file of another name naming that page: one of the two files is wrong (refused below).
  const previous =
    (fileName ? lookup.known.find((k) => k.fileName === fileName) : undefined) ??
    lookup.known.find((k) => k.page === true && (fileName === null || k.fileName === null));
  if (previous?.origin === "editor") return { outcome: "unchanged", articleId: previous.id };
  if (!previous) {
    const reprintOf = await findReprintOf(tx, signature);
    if (reprintOf?.contentHash === a.contentHash) return { outcome: "unchanged", articleId: reprintOf.id };
    const carrier = lookup.known.find((k) => k.page === false);
    // A further page whose text changed: still that story, or the page now carries another one.
    if (carrier && reprintOf?.id === carrier.id) return { outcome: "reprint", reprintOf };
    if (!reprintOf && resemblance) {
      const resembles = await findResemblance(tx, signature, resemblance.ownUrls);
      if (resembles) return { outcome: "resembles", resemblance: resembles };
    }
    if (carrier) await tx.rows(sql`DELETE FROM "ArticleUrl" WHERE url = ${a.url}::text AND NOT original`);
    if (reprintOf) {
      if (a.url) await addFurtherUrl(tx, reprintOf.id, { ...a, url: a.url });
      return { outcome: "reprint", reprintOf };
    }
  }
  // Removing the old version may remove meetings: the lookup took the lock that excludes every matcher.
  if (previous) await detachArticle(tx, previous.id);

  await ensureCountries(tx, cache, [
    ...x.officials.flatMap((o) => [o.country, ...o.positions.flatMap((p) => [p.country ?? o.country, organisationOf(p.title, p.country ?? o.country)?.country ?? null])]),
    ...x.meetings.flatMap((m) => m.participants.map((p) => p.country)),
  ]);
  const places = await placeIds(tx, cache, [a.datelinePlace, ...x.meetings.map((m) => m.place)]);
  const source = await sourceId(tx, cache, a.source);
  cache.topics ??= await topicIdsBySlug(tx);
  const topicIds = cache.topics;
  const { stored: officials, writes } = await resolveOfficials(tx, x.officials, lookup.officials);

  const title = a.title ?? x.sentences.find((s) => s.part === "body")?.text.slice(0, 120) ?? "—";
  const fields = {
    title,
    titleDerived: a.titleDerived || !a.title,
    datelinePlaceId: a.datelinePlace ? (places.get(a.datelinePlace) ?? null) : null,
    body: a.paragraphs.join("\n\n"),
    searchNames: x.officials.flatMap((o) => [o.name, ...o.forms, o.nameLatin ?? ""]).join(" "),
  };
  const set = sql`title = ${fields.title}, "titleDerived" = ${fields.titleDerived}, lead = ${a.lead}, body = ${fields.body},
    "publishedOn" = ${a.publishedOn}::date, "publishedOnSource" = ${a.publishedOnSource}::text::"DateSource",
    "datelinePlaceId" = ${fields.datelinePlaceId}::int, "sourceId" = ${source}::int, "photoCredit" = ${a.photoCredit},
    "rawText" = ${a.rawText}, "contentHash" = ${a.contentHash}, "fileName" = coalesce(${fileName}, "fileName"), "searchNames" = ${fields.searchNames}, "updatedAt" = now()`;
  const article = previous
    ? sql`UPDATE "Article" SET ${set}, version = version + 1 WHERE id = ${previous.id} RETURNING id, slug`
    : sql`INSERT INTO "Article" (slug, title, "titleDerived", lead, body, "publishedOn", "publishedOnSource", "datelinePlaceId", "sourceId",
          "photoCredit", "rawText", "contentHash", "fileName", "searchNames", origin, "updatedAt")
        VALUES (${freeSlugSql("Article", sql`${`${a.publishedOn ?? "undated"}-${slugify(title, 60)}`}::text`)}, ${fields.title}, ${fields.titleDerived},
          ${a.lead}, ${fields.body}, ${a.publishedOn}::date, ${a.publishedOnSource}::text::"DateSource", ${fields.datelinePlaceId}::int, ${source}::int,
          ${a.photoCredit}, ${a.rawText}, ${a.contentHash}, ${fileName}, ${fields.searchNames}, ${origin}::text::"Origin", now())
        RETURNING id, slug`;
  const mentions = x.officials.flatMap((o) => {
    const s = officials.get(o.name);
    return s ? [{ officialId: s.id, mentions: Math.max(1, o.sentences.length) }] : [];
  });
  const topics = x.topics.flatMap((t) => {
    const topicId = topicIds.get(t.slug);
    return topicId ? [{ topicId, hits: Math.max(1, t.sentences.length) }] : [];
  });
  const officialSql = officialWrites(writes, a.publishedOn);
  const plans = meetingPlans({ x, officials, topicIds, placeIds: places });
  // The article, its officials' names and posts, its mentions, ids for its new meetings and
  // the stored meetings they may be.
  const [written] = await tx.rows<{ articleId: number; slug: string; positions: { id: number; officialId: number; titleKey: string }[]; meetingIds: number[]; candidates: Candidate[] }>(sql`
    WITH ${officialSql.ctes},
    article AS (${article}),
    ${signatureWriteSql(signature)},
    article_officials AS (
      INSERT INTO "ArticleOfficial" ("articleId", "officialId", mentions)
      SELECT (SELECT id FROM article), * FROM unnest(${mentions.map((m) => m.officialId)}::int[], ${mentions.map((m) => m.mentions)}::int[])
      ON CONFLICT DO NOTHING
    )
    SELECT (SELECT id FROM article) AS "articleId", (SELECT slug FROM article) AS slug, ${officialSql.positions} AS positions, ${meetingIdsSql(x.meetings.length)} AS "meetingIds",
      ${plans.length ? candidatesSql(plans) : sql`'[]'::json`} AS candidates`);
  if (!written) throw new Error("the article was not written");
  const { articleId } = written;
  await writeProvenance(tx, articleId, a);
  await collectPositions(tx, officials, writes, written.positions);

  const { rows, meetingIds } = planMeetings({ articleId, x, officials, topicIds, placeIds: places }, plans, written.candidates, written.meetingIds);
  await writeArticleRows(
    tx,
    { ...rows, evidence: [...mentionEvidence(x, articleId, officials, topicIds), ...rows.evidence] },
    topics.map((t) => ({ articleId, ...t })),
  );
  return { outcome: previous ? "updated" : "created", stored: { articleId, slug: written.slug, meetingIds, officials, topicIds } };
}

/** Where each official is first named with a title, and each article-level topic's sentences. */
function mentionEvidence(x: Extraction, articleId: number, officials: Map<string, StoredOfficial>, topicIds: Map<string, number>): EvidenceRow[] {
  const at = (i: number | undefined) => (i === undefined ? undefined : x.sentences[i]);
  const rows: EvidenceRow[] = [];
  for (const o of x.officials) {
    const officialId = officials.get(o.name)?.id;
    if (!officialId) continue;
    const s = at(o.sentences[0]);
    if (s) rows.push({ fact: "official", articleId, officialId, sentence: s.text, paragraph: paragraphIndex(s), offset: s.start });
    for (const p of o.positions) {
      const ps = at(p.sentences[0]);
      if (ps) rows.push({ fact: "position", articleId, officialId, sentence: ps.text, paragraph: paragraphIndex(ps), offset: ps.start });
    }
  }
  for (const t of x.topics) {
    const topicId = topicIds.get(t.slug);
    for (const i of t.sentences) {
      const s = at(i);
      if (topicId && s) rows.push({ fact: "topic", articleId, topicId, sentence: s.text, paragraph: paragraphIndex(s), offset: s.start });
    }
  }
  return rows;
}
