import type { Db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import { UnreadableArticleError } from "@/lib/importer/extract-article";
import { sameOfficialKey } from "@/lib/importer/extract/people";
import { extractWithinBudget } from "@/lib/importer/pool";
import type { Extraction } from "@/lib/importer/types";
import type { ArticleSourceInput } from "@/lib/validation/article";
import type { ArticleDraft } from "@/lib/validation/article-draft";
import { ActionError } from "../errors";
import { composeRawText } from "./compose-raw-text";
import { unreadableMessage } from "./unreadable-message";

/**
 * "Extract": the importer's reading of a new article, as a preview the editor corrects. Nothing is
 * written. Officials already in the archive are flagged so the editor knows what publishing creates.
 */
export async function extractDraft(db: Db, source: Exclude<ArticleSourceInput, { mode: "url" }>, errors: Messages["admin"]["errors"]): Promise<ArticleDraft> {
  const rawText = source.mode === "text" ? source.rawText : composeRawText(source);
  const x = await readArticle(rawText, errors, source.mode === "text" ? "rawText" : "body");
  if (source.mode === "fields") {
    Object.assign(x.article, { title: source.title, lead: source.lead, datelinePlace: source.dateline, source: source.source, titleDerived: false });
    if (source.publishedOn) x.article.publishedOn = source.publishedOn;
  }
  if (await db.article.findUnique({ where: { contentHash: x.article.contentHash }, select: { id: true } })) {
    throw new ActionError(errors.alreadyPublished);
  }
  const known = await db.official.findMany({
    where: { matchKey: { in: x.officials.map((o) => sameOfficialKey(o.name)) } },
    select: { id: true, matchKey: true },
  });
  const existingId = (name: string) => known.find((k) => k.matchKey === sameOfficialKey(name))?.id ?? null;
  const sentence = (i: number | undefined) => (i === undefined ? null : (x.sentences[i]?.text ?? null));
  const a = x.article;
  return {
    rawText,
    contentHash: a.contentHash,
    titleDerived: a.titleDerived,
    article: { title: a.title ?? "", lead: a.lead, publishedOn: a.publishedOn, dateline: a.datelinePlace, source: a.source, photoCredit: a.photoCredit, url: a.url, outlet: a.outlet },
    fetchedAt: null,
    officials: x.officials.map((o) => ({
      name: o.name,
      removed: false,
      position: o.positions[0]?.title ?? null,
      extractedPosition: o.positions[0]?.title ?? null,
      nameLatin: o.nameLatin,
      country: o.country ?? o.positions[0]?.country ?? null,
      existingId: existingId(o.name),
      evidence: sentence(o.positions[0]?.sentences[0] ?? o.sentences[0]),
    })),
    meetings: x.meetings.map((m) => ({
      removed: false,
      kind: m.kind,
      status: m.status,
      date: m.date,
      datePrecision: m.date ? (m.datePrecision ?? "day") : null,
      place: m.place,
      participants: m.participants.map((p) => ({ ref: "extracted" as const, name: p.name, label: p.name, position: p.position, countryCode: p.country })),
      topics: [...m.topics],
      evidence: [...new Set(m.evidence.map((e) => e.sentence))].sort((i, j) => i - j).flatMap((i) => sentence(i) ?? []),
    })),
    topics: x.topics.map((t) => t.slug),
  };
}

/** The importer's extraction (on the pool's threads, within the time budget), or a refusal naming the
 *  field whose text it could not read, in the interface language. */
export async function readArticle(rawText: string, errors: Messages["admin"]["errors"], field: string): Promise<Extraction> {
  try {
    return await extractWithinBudget(rawText, "editor");
  } catch (error) {
    if (error instanceof UnreadableArticleError) throw new ActionError(errors.fixFields, { [field]: unreadableMessage(error.problem, errors) });
    throw error;
  }
}
