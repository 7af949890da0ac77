import "server-only";
import { cache } from "react";
import { readDb } from "@/lib/db";
import { idSchema } from "@/lib/validation/page-params";
import type { DatePrecision, DateSource, FactKind, MeetingKind, MeetingStatus, Origin } from "@/lib/generated/prisma/enums";
import { provenanceOf, provenanceSelect, type Provenance } from "../articles/provenance";
import { isoDate } from "../iso-date";
import { meetingFollowUp, type Announcement, type FollowUpFacts } from "./follow-ups";

export interface MeetingFact {
  fact: FactKind;
  official: { slug: string; nameRu: string; nameLatin: string | null } | null;
  topic: { slug: string; labelRu: string; labelEn: string } | null;
}

/** One sentence of a source, with every fact of the meeting it supports. */
export interface MeetingQuote {
  sentence: string;
  /** -2 title, -1 lead, else the body paragraph. */
  paragraph: number;
  offset: number;
  facts: MeetingFact[];
  byEditor: boolean;
}

export interface MeetingSourceArticle {
  id: number;
  slug: string;
  title: string;
  titleDerived: boolean;
  publishedOn: string | null;
  source: { name: string; nameEn: string | null } | null;
  provenance: Provenance;
  quotes: MeetingQuote[];
}

export interface MeetingDetail extends FollowUpFacts {
  id: number;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: DateSource | null;
  place: { ru: string; en: string | null; country: string | null } | null;
  summary: string | null;
  outcomes: string | null;
  needsReview: boolean;
  /** Optimistic-lock counter the edit form sends back. */
  version: number;
  byEditor: boolean;
  createdAt: string;
  updatedAt: string;
  participants: {
    officialId: number;
    slug: string;
    nameRu: string;
    nameLatin: string | null;
    position: string | null;
    /** The organisation of the post held then. */
    organisation: { nameRu: string; nameEn: string | null } | null;
    country: { code: string; nameRu: string; nameEn: string } | null;
    /** The post as written at this meeting, when the article named it differently from the Position. */
    wording: string | null;
    byEditor: boolean;
  }[];
  topics: { id: number; slug: string; labelRu: string; labelEn: string }[];
  sources: MeetingSourceArticle[];
  /** Every fact's sentence, one row per fact, in the order of the articles and their text. */
  evidence: MeetingEvidence[];
  /** When it was held as announced: the planned meetings that announced it, with their articles. */
  announcements: Announcement[];
}

export interface MeetingEvidence {
  fact: FactKind;
  sentence: string;
  articleId: number;
  articleSlug: string;
  paragraph: number;
  offset: number;
  origin: Origin;
}

/**
 * A meeting with who, where, when and about what, and each article reporting it with the sentences that
 * support each fact (grouped per sentence, in the article's order), and the planned or held meeting it is
 * paired with (./follow-ups.ts). One round of queries; null when no such meeting. The one loader of a meeting: its page shows it, the API (lib/api/load/meetings.ts) and
 * the edit form (admin-meetings.ts) project it.
 */
export async function getMeeting(id: number): Promise<MeetingDetail | null> {
  const record = readDb().meeting.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      date: true,
      datePrecision: true,
      dateSource: true,
      place: { select: { nameRu: true, nameEn: true, countryCode: true } },
      summary: true,
      outcomes: true,
      needsReview: true,
      version: true,
      origin: true,
      createdAt: true,
      updatedAt: true,
      participants: {
        orderBy: { officialId: "asc" },
        select: {
          officialId: true,
          title: true,
          origin: true,
          position: { select: { title: true, organisation: { select: { nameRu: true, nameEn: true } } } },
          country: { select: { code: true, nameRu: true, nameEn: true } },
          official: { select: { slug: true, nameRu: true, nameLatin: true } },
        },
      },
      topics: { orderBy: { topicId: "asc" }, select: { topic: { select: { id: true, slug: true, labelRu: true, labelEn: true } } } },
      sources: {
        orderBy: [{ article: { publishedOn: { sort: "asc", nulls: "last" } } }, { articleId: "asc" }],
        select: {
          article: {
            select: {
              id: true,
              slug: true,
              title: true,
              titleDerived: true,
              publishedOn: true,
              source: { select: { name: true, nameEn: true } },
              ...provenanceSelect,
            },
          },
        },
      },
      evidence: {
        orderBy: [{ articleId: "asc" }, { paragraph: "asc" }, { offset: "asc" }, { id: "asc" }],
        select: {
          articleId: true,
          fact: true,
          sentence: true,
          paragraph: true,
          offset: true,
          origin: true,
          official: { select: { slug: true, nameRu: true, nameLatin: true } },
          topic: { select: { slug: true, labelRu: true, labelEn: true } },
        },
      },
    },
  });
  const [m, followUp] = await Promise.all([record, meetingFollowUp(id)]);
  if (!m) return null;

  const slugs = new Map(m.sources.map(({ article: a }) => [a.id, a.slug]));
  const unsourced = [...new Set(m.evidence.map((e) => e.articleId).filter((id) => !slugs.has(id)))];
  if (unsourced.length > 0) {
    // Evidence from an article no longer among the sources (an editor detached it): its slug apart.
    for (const a of await readDb().article.findMany({ where: { id: { in: unsourced } }, select: { id: true, slug: true } })) slugs.set(a.id, a.slug);
  }

  const quotesByArticle = new Map<number, Map<string, MeetingQuote>>();
  for (const e of m.evidence) {
    const quotes = quotesByArticle.get(e.articleId) ?? new Map<string, MeetingQuote>();
    quotesByArticle.set(e.articleId, quotes);
    const key = `${e.paragraph}:${e.offset}:${e.sentence}`;
    const quote = quotes.get(key) ?? { sentence: e.sentence, paragraph: e.paragraph, offset: e.offset, facts: [], byEditor: false };
    quotes.set(key, quote);
    quote.byEditor ||= e.origin === "editor";
    const same = quote.facts.some((f) => f.fact === e.fact && f.official?.slug === e.official?.slug && f.topic?.slug === e.topic?.slug);
    if (!same) quote.facts.push({ fact: e.fact, official: e.official, topic: e.topic });
  }

  return {
    id: m.id,
    kind: m.kind,
    status: m.status,
    date: isoDate(m.date),
    datePrecision: m.datePrecision,
    dateSource: m.dateSource,
    place: m.place ? { ru: m.place.nameRu, en: m.place.nameEn, country: m.place.countryCode } : null,
    summary: m.summary,
    outcomes: m.outcomes,
    needsReview: m.needsReview,
    version: m.version,
    byEditor: m.origin === "editor",
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    participants: m.participants.map((p) => ({
      officialId: p.officialId,
      slug: p.official.slug,
      nameRu: p.official.nameRu,
      nameLatin: p.official.nameLatin,
      position: p.position?.title ?? null,
      organisation: p.position?.organisation ?? null,
      country: p.country,
      wording: p.title,
      byEditor: p.origin === "editor",
    })),
    topics: m.topics.map((t) => t.topic),
    sources: m.sources.map(({ article: a }) => ({
      id: a.id,
      slug: a.slug,
      title: a.title,
      titleDerived: a.titleDerived,
      publishedOn: isoDate(a.publishedOn),
      source: a.source,
      provenance: provenanceOf(a),
      quotes: [...(quotesByArticle.get(a.id)?.values() ?? [])],
    })),
    evidence: m.evidence.map((e) => ({
      fact: e.fact,
      sentence: e.sentence,
      articleId: e.articleId,
      articleSlug: slugs.get(e.articleId)!,
      paragraph: e.paragraph,
      offset: e.offset,
      origin: e.origin,
    })),
    ...followUp,
  };
}

/** The meeting a URL's id names, or null: cached per request, so the metadata and the page load it once. */
export const meetingForUrl = cache(async (raw: string): Promise<MeetingDetail | null> => {
  const id = idSchema.safeParse(raw);
  return id.success ? getMeeting(id.data) : null;
});
