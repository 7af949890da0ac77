import "server-only";
import { cache } from "react";
import { readDb, queryRows, sql, type Sql } from "@/lib/db";
import { slugSchema } from "@/lib/validation/page-params";
import type { DateSource } from "@/lib/generated/prisma/enums";
import { isoDate } from "../iso-date";
import type { TimelineEntry } from "../meetings/timeline-entries";
import { listTimelineEntries } from "../meetings/timeline-entries";
import { articleHeadSelect } from "./list-articles";
import { provenanceOf, type Provenance } from "./provenance";

export interface ArticleDetail {
  id: number;
  slug: string;
  title: string;
  titleDerived: boolean;
  lead: string | null;
  /** The body's paragraphs as published; Evidence.paragraph indexes them. */
  paragraphs: string[];
  publishedOn: string | null;
  publishedOnSource: DateSource | null;
  dateline: { ru: string; en: string | null } | null;
  source: { name: string; nameEn: string | null } | null;
  provenance: Provenance;
  photoCredit: string | null;
  /** Optimistic-lock counter the edit form sends back. */
  version: number;
  byEditor: boolean;
  createdAt: string;
  updatedAt: string;
  /** Officials it mentions, with every form of their name the press uses (for marking them in the text). */
  officials: { slug: string; nameRu: string; nameLatin: string | null; country: string | null; mentions: number; forms: string[] }[];
  topics: { slug: string; labelRu: string; labelEn: string; phrasings: string[] }[];
  /** The dateline and the places of the meetings it reports. */
  places: { ru: string; en: string | null }[];
  meetings: TimelineEntry[];
}

/**
 * An article with what it mentions and the meetings it reports (by date); null when no such article.
 * The one loader of an article: its page shows it, the API (lib/api/load/articles.ts) and the edit form
 * (getAdminArticle) project it.
 */
export function getArticle(slug: string): Promise<ArticleDetail | null> {
  return loadArticle({ slug }, sql`a.slug = ${slug}`);
}

/** The same, found by id (the editors' pages). */
export function getArticleById(id: number): Promise<ArticleDetail | null> {
  return loadArticle({ id }, sql`a.id = ${id}`);
}

async function loadArticle(where: { slug: string } | { id: number }, matches: Sql): Promise<ArticleDetail | null> {
  const db = readDb();
  const [a, meetings] = await Promise.all([
    db.article.findUnique({
    where,
    select: {
      id: true,
      ...articleHeadSelect,
      body: true,
      photoCredit: true,
      version: true,
      origin: true,
      createdAt: true,
      updatedAt: true,
      officials: {
        orderBy: [{ mentions: "desc" }, { officialId: "asc" }],
        select: {
          mentions: true,
          official: {
            select: {
              slug: true,
              nameRu: true,
              nameLatin: true,
              countryCode: true,
              names: { where: { kind: { in: ["case", "variant"] } }, select: { form: true } },
            },
          },
        },
      },
      topics: {
        orderBy: [{ hits: "desc" }, { topicId: "asc" }],
        select: { topic: { select: { slug: true, labelRu: true, labelEn: true, phrasings: true } } },
      },
    },
    }),
    // Beside the article rather than nested in it: Prisma's nested source count would group every meeting's sources.
    queryRows<{ id: number }>(sql`
      SELECT s."meetingId" AS id FROM "MeetingSource" s
      JOIN "Article" a ON a.id = s."articleId" JOIN "Meeting" m ON m.id = s."meetingId"
      WHERE ${matches}
      ORDER BY m.date ASC NULLS LAST, s."meetingId" ASC`).then((rows) => listTimelineEntries(rows.map((r) => r.id))),
  ]);
  if (!a) return null;
  const places = new Map<string, { ru: string; en: string | null }>();
  if (a.datelinePlace) places.set(a.datelinePlace.nameRu, { ru: a.datelinePlace.nameRu, en: a.datelinePlace.nameEn });
  for (const m of meetings) if (m.place) places.set(m.place.ru, m.place);
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    titleDerived: a.titleDerived,
    lead: a.lead,
    // The importer joins paragraphs with one blank line; splitting the same way keeps Evidence.paragraph valid.
    paragraphs: a.body.split("\n\n"),
    publishedOn: isoDate(a.publishedOn),
    publishedOnSource: a.publishedOnSource,
    dateline: a.datelinePlace ? { ru: a.datelinePlace.nameRu, en: a.datelinePlace.nameEn } : null,
    source: a.source,
    provenance: provenanceOf(a),
    photoCredit: a.photoCredit,
    version: a.version,
    byEditor: a.origin === "editor",
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    officials: a.officials.map(({ mentions, official: o }) => ({
      slug: o.slug,
      nameRu: o.nameRu,
      nameLatin: o.nameLatin,
      country: o.countryCode,
      mentions,
      forms: [o.nameRu, ...o.names.map((n) => n.form)],
    })),
    topics: a.topics.map((t) => t.topic),
    places: [...places.values()],
    meetings,
  };
}

/** The article a URL's slug names, or null: cached per request, so the metadata and the page load it once. */
export const articleForUrl = cache(async (raw: string): Promise<ArticleDetail | null> => {
  const slug = slugSchema.safeParse(raw);
  return slug.success ? getArticle(slug.data) : null;
});
