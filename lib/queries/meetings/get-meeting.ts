import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { idSchema } from "@/lib/validation/page-params";
import type { DatePrecision, DateSource, FactKind, MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import { isoDate } from "../iso-date";

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
  slug: string;
  title: string;
  titleDerived: boolean;
  publishedOn: string | null;
  source: { name: string; nameEn: string | null } | null;
  quotes: MeetingQuote[];
}

export interface MeetingDetail {
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
  updatedAt: string;
  participants: {
    slug: string;
    nameRu: string;
    nameLatin: string | null;
    position: string | null;
    /** The organisation of the post held then. */
    organisation: { nameRu: string; nameEn: string | null } | null;
    country: { code: string; nameRu: string; nameEn: string } | null;
  }[];
  topics: { slug: string; labelRu: string; labelEn: string }[];
  sources: MeetingSourceArticle[];
}

/**
 * A meeting with who, where, when and about what, and each article reporting it with the sentences that
 * support each fact (grouped per sentence, in the article's order). One round of queries; null when no
 * such meeting.
 */
export async function getMeeting(id: number): Promise<MeetingDetail | null> {
  const m = await getDb().meeting.findUnique({
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
      updatedAt: true,
      participants: {
        orderBy: { officialId: "asc" },
        select: {
          position: { select: { title: true, organisation: { select: { nameRu: true, nameEn: true } } } },
          country: { select: { code: true, nameRu: true, nameEn: true } },
          official: { select: { slug: true, nameRu: true, nameLatin: true } },
        },
      },
      topics: { orderBy: { topicId: "asc" }, select: { topic: { select: { slug: true, labelRu: true, labelEn: true } } } },
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
  if (!m) return null;

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
    updatedAt: m.updatedAt.toISOString(),
    participants: m.participants.map((p) => ({
      slug: p.official.slug,
      nameRu: p.official.nameRu,
      nameLatin: p.official.nameLatin,
      position: p.position?.title ?? null,
      organisation: p.position?.organisation ?? null,
      country: p.country,
    })),
    topics: m.topics.map((t) => t.topic),
    sources: m.sources.map(({ article: a }) => ({
      slug: a.slug,
      title: a.title,
      titleDerived: a.titleDerived,
      publishedOn: isoDate(a.publishedOn),
      source: a.source,
      quotes: [...(quotesByArticle.get(a.id)?.values() ?? [])],
    })),
  };
}

/** The meeting a URL's id names, or null: cached per request, so the metadata and the page load it once. */
export const meetingForUrl = cache(async (raw: string): Promise<MeetingDetail | null> => {
  const id = idSchema.safeParse(raw);
  return id.success ? getMeeting(id.data) : null;
});
