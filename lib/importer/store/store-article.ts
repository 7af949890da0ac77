import type { Db } from "@/lib/db";
import type { Extraction } from "@/lib/importer/types";
import { slugify } from "@/lib/text/slugify";
import { detachArticle } from "./detach-article";
import { ensureCountries, freeSlug, placeIds, sourceId, type Tx } from "./lookups";
import { isRetryable } from "./retryable-error";
import { StoreCache } from "./store-cache";
import { ALL_MEETINGS } from "./meeting-locks";
import { lockMeetings, paragraphIndex, planMeetings, reserveMeetingIds } from "./store-meetings";
import { storeOfficials, type StoredOfficial } from "./store-officials";
import { topicIdsBySlug } from "./sync-topics";
import { writeArticleRows, type EvidenceRow } from "./write-rows";

export type StoreOutcome = "created" | "updated" | "unchanged";

const ATTEMPTS = 5;

/**
 * Stores one extracted article in ONE transaction: nothing is half-written when any step fails.
 * The same text again is unchanged; a new text under the same file name updates the article (its old
 * contributions are removed first, so nothing is duplicated); an editor's version is never overwritten.
 * Safe to run concurrently: a transaction that lost a race with another importer (the same new official
 * or article created twice, a deadlock) is rolled back and run again, and then sees the winner's rows.
 * `cache` keeps lookup ids across the articles of one run.
 */
export async function storeArticle(db: Db, x: Extraction, fileName: string | null, cache = new StoreCache()): Promise<StoreOutcome> {
  for (let attempt = 1; ; attempt++) {
    const view = cache.forTransaction();
    try {
      const outcome = await db.$transaction((tx) => storeInTransaction(tx, view, x, fileName), { timeout: 60_000, maxWait: 30_000 });
      cache.commit(view);
      return outcome;
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

async function storeInTransaction(tx: Tx, cache: StoreCache, x: Extraction, fileName: string | null): Promise<StoreOutcome> {
  const a = x.article;
  const known = await tx.article.findMany({
    where: { OR: [{ contentHash: a.contentHash }, ...(fileName ? [{ fileName }] : [])] },
    select: { id: true, origin: true, contentHash: true, fileName: true },
  });
  if (known.some((k) => k.contentHash === a.contentHash)) return "unchanged";
  const previous = fileName ? known.find((k) => k.fileName === fileName) : undefined;
  if (previous?.origin === "editor") return "unchanged";
  if (previous) {
    // Removing the old version may remove meetings: no other importer may be matching against them.
    await lockMeetings(tx, [{ key: ALL_MEETINGS, shared: false }]);
    await detachArticle(tx, previous.id);
  }

  await ensureCountries(tx, cache, [
    ...x.officials.flatMap((o) => [o.country, ...o.positions.map((p) => p.country ?? o.country)]),
    ...x.meetings.flatMap((m) => m.participants.map((p) => p.country)),
  ]);
  const officials = await storeOfficials(tx, x.officials, a.publishedOn);
  const places = await placeIds(tx, cache, [a.datelinePlace, ...x.meetings.map((m) => m.place)]);
  cache.topics ??= await topicIdsBySlug(tx);
  const topicIds = cache.topics;

  const title = a.title ?? x.sentences.find((s) => s.part === "body")?.text.slice(0, 120) ?? "—";
  const fields = {
    title,
    titleDerived: a.titleDerived || !a.title,
    lead: a.lead,
    body: a.paragraphs.join("\n\n"),
    publishedOn: a.publishedOn ? new Date(`${a.publishedOn}T00:00:00Z`) : null,
    publishedOnSource: a.publishedOnSource,
    datelinePlaceId: a.datelinePlace ? (places.get(a.datelinePlace) ?? null) : null,
    sourceId: await sourceId(tx, cache, a.source),
    photoCredit: a.photoCredit,
    rawText: a.rawText,
    contentHash: a.contentHash,
    fileName,
    searchNames: x.officials.flatMap((o) => [o.name, ...o.forms, o.nameLatin ?? ""]).join(" "),
  };
  const articleId = previous
    ? (await tx.article.update({ where: { id: previous.id }, data: { ...fields, version: { increment: 1 } }, select: { id: true } })).id
    : (
        await tx.article.create({
          data: { ...fields, slug: await freeSlug(tx, "Article", `${a.publishedOn ?? "undated"}-${slugify(title, 60)}`) },
          select: { id: true },
        })
      ).id;

  const mentions = x.officials.flatMap((o) => {
    const stored = officials.get(o.name);
    return stored ? [{ articleId, officialId: stored.id, mentions: Math.max(1, o.sentences.length) }] : [];
  });
  if (mentions.length) await tx.articleOfficial.createMany({ data: mentions, skipDuplicates: true });
  const topics = x.topics.flatMap((t) => {
    const topicId = topicIds.get(t.slug);
    return topicId ? [{ articleId, topicId, hits: Math.max(1, t.sentences.length) }] : [];
  });
  if (topics.length) await tx.articleTopic.createMany({ data: topics, skipDuplicates: true });

  // Everything above runs alongside other importers; from the meeting locks to commit, only alongside
  // those reporting other meetings.
  const reserved = await reserveMeetingIds(tx, x.meetings.length);
  const meetings = await planMeetings(tx, { articleId, x, officials, topicIds, placeIds: places }, reserved);
  await writeArticleRows(tx, { ...meetings, evidence: [...mentionEvidence(x, articleId, officials, topicIds), ...meetings.evidence] });
  return previous ? "updated" : "created";
}

/** Where each official is first named with a title, and each article-level topic's sentences. */
export function mentionEvidence(x: Extraction, articleId: number, officials: Map<string, StoredOfficial>, topicIds: Map<string, number>): EvidenceRow[] {
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
