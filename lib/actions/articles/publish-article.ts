import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Messages } from "@/lib/i18n/messages";
import { positionKey } from "@/lib/importer/extract/people";
import { retryRaces } from "@/lib/importer/store/retryable-error";
import { storeEditorArticle } from "@/lib/importer/store/store-article";
import { paragraphIndex } from "@/lib/importer/store/store-meetings";
import type { Extraction, MeetingFull } from "@/lib/importer/types";
import type { PublishArticleInput } from "@/lib/validation/article-draft";
import { recordAudit } from "../audit";
import { ActionError } from "../errors";
import { applyMeetingFacts, type CorrectionSource, type MeetingFacts } from "../meetings/apply-meeting-facts";
import { findOrCreateOfficial } from "../officials/find-or-create-official";
import { articleSnapshot, meetingSnapshot } from "../snapshots";
import { UrlTakenError } from "@/lib/provenance/write-provenance";
import { readArticle } from "./extract-draft";

type Tx = Prisma.TransactionClient;
type Errors = Messages["admin"]["errors"];

/**
 * "Publish": the importer reads the text again and stores it through its own store, then the editor's
 * corrections are applied on top, as the editor's, in the same transaction — all or nothing. The same
 * text published twice (a double click, two editors) is one article: the second is refused. A reprint of
 * a stored story adds its address to that article (`reprint`), and the corrections are not applied.
 */
export async function publishArticle(db: Db, input: PublishArticleInput, editorId: number, errors: Errors): Promise<{ articleId: number; slug: string; reprint: boolean }> {
  const x = await readArticle(input.rawText, errors, "rawText");
  if (x.article.contentHash !== input.contentHash || x.officials.length !== input.officials.length || x.meetings.length !== input.meetings.length) {
    throw new ActionError(errors.textChanged);
  }
  const corrected = withArticleFields(x, input);
  const removedNames = new Set(input.officials.filter((o) => o.removed).map((o) => o.name));
  const repositioned = input.officials.filter((o, i) => !o.removed && o.position !== (x.officials[i]?.positions[0]?.title ?? null));
  corrected.officials = x.officials
    .filter((o) => !removedNames.has(o.name))
    .map((o) => {
      const fix = repositioned.find((r) => r.name === o.name);
      if (!fix) return o;
      const [first, ...rest] = o.positions;
      const country = first?.country ?? o.country;
      const positions = fix.position ? [{ title: fix.position, key: positionKey(fix.position, country), country, sentences: first?.sentences ?? o.sentences.slice(0, 1) }, ...rest] : rest;
      return { ...o, positions };
    });
  await checkExistingOfficials(db, input, errors);
  const kept = x.meetings.flatMap((m, i) => (input.meetings[i]?.removed ? [] : [{ m, draft: input.meetings[i]! }]));
  corrected.meetings = kept.map(({ m }) => ({ ...m, participants: m.participants.filter((p) => !removedNames.has(p.name)) }));

  // A publish that loses a race (the same text or a new official stored at the same moment) runs again:
  // it then finds the winner's rows, and the same text is refused as already published.
  return refuseTakenUrl(errors, () => retryRaces(() =>
    db.$transaction(
      async (tx) => {
        const stored = await storeEditorArticle(tx, corrected);
        if (!stored) throw new ActionError(errors.alreadyPublished);
        // Another copy of a stored story: its address joined that article, which the editor is shown.
        if ("reprintOf" in stored) {
          const { id, slug } = stored.reprintOf;
          if (corrected.article.url) await recordAudit(tx, { editorId, action: "update", entity: "article", entityId: id, after: { reprintUrl: corrected.article.url } });
          return { articleId: id, slug, reprint: true };
        }
        const { articleId } = stored;
        for (const fix of repositioned) await markPositionCorrected(tx, corrected, fix.name, stored.officials.get(fix.name), { articleId, editorId });

        const created = new Map<string, number>();
        for (const [j, { draft }] of kept.entries()) {
          const meetingId = stored.meetingIds[j]!;
          const m = corrected.meetings[j]!;
          const participants = [];
          for (const [k, p] of draft.participants.entries()) {
            let officialId: number | undefined;
            if (p.ref === "existing") officialId = p.officialId;
            else if (p.ref === "extracted") officialId = removedNames.has(p.name) ? undefined : stored.officials.get(p.name)?.id;
            else officialId = created.get(p.name) ?? (await findOrCreateOfficial(tx, p));
            if (p.ref === "new") created.set(p.name, officialId!);
            if (officialId === undefined) {
              throw new ActionError(errors.fixFields, { [`meetings.${input.meetings.indexOf(draft)}.participants.${k}`]: errors.unknownOfficial });
            }
            participants.push({ officialId, position: p.position, countryCode: p.countryCode });
          }
          const facts: MeetingFacts = {
            kind: draft.kind,
            status: draft.status,
            date: draft.date,
            datePrecision: draft.date ? (draft.datePrecision ?? "day") : null,
            place: draft.place,
            participants: dedupe(participants),
            topicIds: [...new Set(draft.topics.flatMap((slug) => stored.topicIds.get(slug) ?? []))],
          };
          if (sameFacts(facts, extractedFacts(m, stored.officials, stored.topicIds))) continue;
          const extracted = await meetingSnapshot(tx, meetingId);
          await applyMeetingFacts(tx, meetingId, facts, { editorId, errors, source: evidenceOf(corrected, m, articleId) });
          await recordAudit(tx, { editorId, action: "correct", entity: "meeting", entityId: meetingId, before: extracted, after: await meetingSnapshot(tx, meetingId) });
        }
        // An item a source brought in for review is settled by publishing its page.
        if (corrected.article.url) {
          await tx.reviewItem.updateMany({ where: { url: corrected.article.url, status: "waiting" }, data: { status: "published", articleId, decidedAt: new Date() } });
        }
        const after = await articleSnapshot(tx, articleId);
        await recordAudit(tx, { editorId, action: "publish", entity: "article", entityId: articleId, after });
        return { articleId, slug: stored.slug, reprint: false };
      },
      { timeout: 60_000, maxWait: 30_000 },
    ),
  ));
}

/** A URL that is already another article's page is refused beside the URL field (nothing was written). */
export async function refuseTakenUrl<T>(errors: Errors, work: () => Promise<T>, field = "article.url"): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UrlTakenError) throw new ActionError(errors.fixFields, { [field]: errors.urlTaken(error.articleTitle) });
    throw error;
  }
}

/** Officials picked from the archive must still be there: refused with the row named, before any write. */
async function checkExistingOfficials(db: Db, input: PublishArticleInput, errors: Errors): Promise<void> {
  const ids = input.meetings.flatMap((m) => m.participants.flatMap((p) => (p.ref === "existing" ? [p.officialId] : [])));
  if (ids.length === 0) return;
  const known = new Set((await db.official.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((o) => o.id));
  const fieldErrors: Record<string, string> = {};
  input.meetings.forEach((m, i) =>
    m.participants.forEach((p, k) => {
      if (p.ref === "existing" && !known.has(p.officialId)) fieldErrors[`meetings.${i}.participants.${k}`] = errors.unknownOfficial;
    }),
  );
  if (Object.keys(fieldErrors).length) throw new ActionError(errors.fixFields, fieldErrors);
}

function withArticleFields(x: Extraction, input: PublishArticleInput): Extraction {
  const a = { ...x.article };
  const f = input.article;
  if (f.title !== a.title) a.titleDerived = false;
  if (f.publishedOn !== a.publishedOn) a.publishedOnSource = f.publishedOn ? "editor" : null;
  Object.assign(a, { title: f.title, lead: f.lead, publishedOn: f.publishedOn, datelinePlace: f.dateline, source: f.source, photoCredit: f.photoCredit, url: f.url, outlet: f.outlet });
  a.fetchedAt = f.url ? input.fetchedAt : null;
  return { ...x, article: a };
}

function dedupe<T extends { officialId: number }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.officialId, r])).values()];
}

/** The facts as the importer stored them, in the shape of an editor's, to tell whether anything changed. */
function extractedFacts(m: MeetingFull, officials: Map<string, { id: number }>, topicIds: Map<string, number>): MeetingFacts {
  return {
    kind: m.kind,
    status: m.status,
    date: m.date,
    datePrecision: m.date ? (m.datePrecision ?? "day") : null,
    place: m.place,
    participants: dedupe(m.participants.flatMap((p) => {
      const id = officials.get(p.name)?.id;
      return id === undefined ? [] : [{ officialId: id, position: p.position, countryCode: p.country }];
    })),
    topicIds: [...new Set(m.topics.flatMap((slug) => topicIds.get(slug) ?? []))],
  };
}

function sameFacts(a: MeetingFacts, b: MeetingFacts): boolean {
  const norm = (f: MeetingFacts) =>
    JSON.stringify({
      ...f,
      participants: [...f.participants].sort((p, q) => p.officialId - q.officialId),
      topicIds: [...f.topicIds].sort((p, q) => p - q),
    });
  return norm(a) === norm(b);
}

/** The sentence the importer read the meeting from: where the editor's corrections to it are filed. */
function evidenceOf(x: Extraction, m: MeetingFull, articleId: number): CorrectionSource | undefined {
  const first = m.evidence[0];
  const s = first === undefined ? undefined : x.sentences[first.sentence];
  return s ? { articleId, sentence: s.text, paragraph: paragraphIndex(s), offset: s.start } : undefined;
}

/** A post the editor set for a person: the post is theirs, and the sentence naming the person says so. */
async function markPositionCorrected(tx: Tx, x: Extraction, name: string, stored: { id: number } | undefined, ctx: { articleId: number; editorId: number }): Promise<void> {
  const o = x.officials.find((p) => p.name === name);
  const p = o?.positions[0];
  if (!o || !stored) return;
  if (p) await tx.position.updateMany({ where: { officialId: stored.id, titleKey: p.key }, data: { origin: "editor" } });
  const s = x.sentences[p?.sentences[0] ?? o.sentences[0] ?? -1];
  if (s) {
    await tx.evidence.create({
      data: { fact: "position", articleId: ctx.articleId, officialId: stored.id, sentence: s.text, paragraph: paragraphIndex(s), offset: s.start, origin: "editor", editorId: ctx.editorId },
    });
  }
}
