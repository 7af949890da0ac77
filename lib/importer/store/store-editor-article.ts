import type { Extraction } from "@/lib/importer/types";
import { slugify } from "@/lib/text/slugify";
import { ensureCountries, freeSlug, placeIds, sourceId, type Tx } from "./lookups";
import { mentionEvidence } from "./store-article";
import { StoreCache } from "./store-cache";
import { planMeetings, reserveMeetingIds } from "./store-meetings";
import { storeOfficials, type StoredOfficial } from "./store-officials";
import { topicIdsBySlug } from "./sync-topics";
import { writeArticleRows } from "./write-rows";

export interface StoredEditorArticle {
  articleId: number;
  slug: string;
  /** The stored meeting of each of `x.meetings`, in order: new, or the stored one it reports. */
  meetingIds: number[];
  /** Stored officials by the extraction's canonical names. */
  officials: Map<string, StoredOfficial>;
  topicIds: Map<string, number>;
}

/**
 * An article an editor publishes, stored by the importer's own steps (officials and their name forms,
 * places, sources, topics, meeting matching, evidence) inside the caller's transaction, so the editor's
 * corrections can follow in the same transaction. The article is the editor's (origin `editor`, no file
 * name): a later import of the same text leaves it unchanged. Meetings are matched one by one to learn
 * each one's id. Returns null when the same text is already in the archive.
 */
export async function storeEditorArticle(tx: Tx, x: Extraction): Promise<StoredEditorArticle | null> {
  const a = x.article;
  if (await tx.article.findUnique({ where: { contentHash: a.contentHash }, select: { id: true } })) return null;
  const cache = new StoreCache();
  await ensureCountries(tx, cache, [
    ...x.officials.flatMap((o) => [o.country, ...o.positions.map((p) => p.country ?? o.country)]),
    ...x.meetings.flatMap((m) => m.participants.map((p) => p.country)),
  ]);
  const officials = await storeOfficials(tx, x.officials, a.publishedOn);
  const places = await placeIds(tx, cache, [a.datelinePlace, ...x.meetings.map((m) => m.place)]);
  const topicIds = await topicIdsBySlug(tx);
  const title = a.title ?? x.sentences.find((s) => s.part === "body")?.text.slice(0, 120) ?? "—";
  const slug = await freeSlug(tx, "Article", `${a.publishedOn ?? "undated"}-${slugify(title, 60)}`);
  const { id: articleId } = await tx.article.create({
    data: {
      slug,
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
      searchNames: x.officials.flatMap((o) => [o.name, ...o.forms, o.nameLatin ?? ""]).join(" "),
      origin: "editor",
    },
    select: { id: true },
  });
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
  await writeArticleRows(tx, { meetings: [], participants: [], topics: [], sources: [], evidence: mentionEvidence(x, articleId, officials, topicIds) });

  const meetingIds: number[] = [];
  for (const m of x.meetings) {
    // One at a time, each written before the next is matched: a later one may report an earlier one.
    const rows = await planMeetings(tx, { articleId, x: { ...x, meetings: [m] }, officials, topicIds, placeIds: places }, await reserveMeetingIds(tx, 1));
    await writeArticleRows(tx, rows);
    const stored = rows.sources[0]?.meetingId;
    if (stored === undefined) throw new Error("a meeting was stored without its source");
    meetingIds.push(stored);
  }
  return { articleId, slug, meetingIds, officials, topicIds };
}
