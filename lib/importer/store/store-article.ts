import type { Db } from "@/lib/db";
import type { Extraction } from "@/lib/importer/types";
import { slugify } from "@/lib/text/slugify";
import { detachArticle } from "./detach-article";
import { placeId, sourceId, uniqueSlug, type Tx } from "./lookups";
import { paragraphIndex, storeMeetings } from "./store-meetings";
import { storeOfficial, type StoredOfficial } from "./store-officials";
import { topicIdsBySlug } from "./sync-topics";

export type StoreOutcome = "created" | "updated" | "unchanged";

/**
 * Stores one extracted article in ONE transaction: nothing is half-written when any step fails.
 * The same text again is unchanged; a new text under the same file name updates the article (its old
 * contributions are removed first, so nothing is duplicated); an editor's version is never overwritten.
 */
export async function storeArticle(db: Db, x: Extraction, fileName: string | null): Promise<StoreOutcome> {
  return db.$transaction((tx) => storeInTransaction(tx, x, fileName), { timeout: 60_000, maxWait: 30_000 });
}

async function storeInTransaction(tx: Tx, x: Extraction, fileName: string | null): Promise<StoreOutcome> {
  const a = x.article;
  if (await tx.article.findUnique({ where: { contentHash: a.contentHash }, select: { id: true } })) return "unchanged";
  const previous = fileName ? await tx.article.findUnique({ where: { fileName }, select: { id: true, origin: true, slug: true } }) : null;
  if (previous?.origin === "editor") return "unchanged";
  if (previous) await detachArticle(tx, previous.id);

  const publishedOn = a.publishedOn ? new Date(`${a.publishedOn}T00:00:00Z`) : null;
  const officials = new Map<string, StoredOfficial>();
  for (const o of x.officials) officials.set(o.name, await storeOfficial(tx, o, publishedOn));

  const title = a.title ?? x.sentences.find((s) => s.part === "body")?.text.slice(0, 120) ?? "—";
  const fields = {
    title,
    titleDerived: a.titleDerived || !a.title,
    lead: a.lead,
    body: a.paragraphs.join("\n\n"),
    publishedOn,
    publishedOnSource: a.publishedOnSource,
    datelinePlaceId: await placeId(tx, a.datelinePlace),
    sourceId: await sourceId(tx, a.source),
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
          data: {
            ...fields,
            slug: await uniqueSlug(
              async (s) => (await tx.article.count({ where: { slug: s } })) > 0,
              `${a.publishedOn ?? "undated"}-${slugify(title, 60)}`,
            ),
          },
          select: { id: true },
        })
      ).id;

  const topicIds = await topicIdsBySlug(tx);
  await tx.articleOfficial.createMany({
    data: x.officials.flatMap((o) => {
      const stored = officials.get(o.name);
      return stored ? [{ articleId, officialId: stored.id, mentions: Math.max(1, o.sentences.length) }] : [];
    }),
    skipDuplicates: true,
  });
  await tx.articleTopic.createMany({
    data: x.topics.flatMap((t) => {
      const topicId = topicIds.get(t.slug);
      return topicId ? [{ articleId, topicId, hits: Math.max(1, t.sentences.length) }] : [];
    }),
    skipDuplicates: true,
  });
  await storeMentionEvidence(tx, x, articleId, officials, topicIds);
  await storeMeetings(tx, { articleId, x, officials, topicIds });
  return previous ? "updated" : "created";
}

/** Where each official is first named with a title, and each article-level topic's sentences. */
async function storeMentionEvidence(tx: Tx, x: Extraction, articleId: number, officials: Map<string, StoredOfficial>, topicIds: Map<string, number>) {
  const at = (i: number) => x.sentences[i];
  const rows = [];
  for (const o of x.officials) {
    const officialId = officials.get(o.name)?.id;
    const first = o.sentences[0];
    const s = first === undefined ? undefined : at(first);
    if (officialId && s) rows.push({ fact: "official" as const, articleId, officialId, sentence: s.text, paragraph: paragraphIndex(s), offset: s.start });
    for (const p of o.positions) {
      const ps = p.sentences[0] === undefined ? undefined : at(p.sentences[0]);
      if (officialId && ps) rows.push({ fact: "position" as const, articleId, officialId, sentence: ps.text, paragraph: paragraphIndex(ps), offset: ps.start });
    }
  }
  for (const t of x.topics) {
    const topicId = topicIds.get(t.slug);
    for (const i of t.sentences) {
      const s = at(i);
      if (topicId && s) rows.push({ fact: "topic" as const, articleId, topicId, sentence: s.text, paragraph: paragraphIndex(s), offset: s.start });
    }
  }
  await tx.evidence.createMany({ data: rows });
}
