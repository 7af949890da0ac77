import "server-only";
import { queryRows, sql } from "@/lib/db";
import type { YearCount } from "../meetings/list-meetings-of";
import { isoDate } from "../iso-date";
import { articleLinksOf, type Subject } from "../subject";

export const ARTICLES_PER_PAGE = 20;

export interface ArticleListItem {
  slug: string;
  title: string;
  titleDerived: boolean;
  publishedOn: string | null;
  source: { name: string; nameEn: string | null } | null;
  /** Mentions of the official, or sentences signalling the topic. */
  weight: number;
}

/**
 * One page of the subject's articles, newest first, undated last. Dated and undated articles are read
 * in two branches so each can walk an index in order (Article_publishedOn_idx backwards; the primary key)
 * and stop after the page: an official mentioned in tens of thousands of articles costs a few
 * milliseconds instead of a sort of every mention.
 */
export async function listArticlesOf(subject: Subject, page: number): Promise<ArticleListItem[]> {
  const offset = (page - 1) * ARTICLES_PER_PAGE;
  const upTo = offset + ARTICLES_PER_PAGE;
  const rows = await queryRows<{ slug: string; title: string; titleDerived: boolean; publishedOn: Date | null; sourceName: string | null; sourceNameEn: string | null; weight: number }>(sql`
    SELECT a.slug, a.title, a."titleDerived", a."publishedOn", s.name AS "sourceName", s."nameEn" AS "sourceNameEn", p.weight
    FROM (
      (SELECT a.id, a."publishedOn", l.weight FROM (${articleLinksOf(subject)}) l JOIN "Article" a ON a.id = l."articleId"
       WHERE a."publishedOn" IS NOT NULL ORDER BY a."publishedOn" DESC, a.id DESC LIMIT ${upTo})
      UNION ALL
      (SELECT a.id, a."publishedOn", l.weight FROM (${articleLinksOf(subject)}) l JOIN "Article" a ON a.id = l."articleId"
       WHERE a."publishedOn" IS NULL ORDER BY a.id DESC LIMIT ${upTo})
    ) p
    JOIN "Article" a ON a.id = p.id
    LEFT JOIN "Source" s ON s.id = a."sourceId"
    ORDER BY p."publishedOn" DESC NULLS LAST, p.id DESC
    OFFSET ${offset} LIMIT ${ARTICLES_PER_PAGE}`);
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    titleDerived: r.titleDerived,
    publishedOn: isoDate(r.publishedOn),
    source: r.sourceName ? { name: r.sourceName, nameEn: r.sourceNameEn } : null,
    weight: r.weight,
  }));
}

/** How many of the subject's articles were published in each year (ascending, undated last). */
export async function countArticlesByYear(subject: Subject): Promise<YearCount[]> {
  return queryRows<YearCount>(sql`
    SELECT extract(year FROM a."publishedOn")::int AS year, count(*)::int AS count
    FROM (${articleLinksOf(subject)}) l
    JOIN "Article" a ON a.id = l."articleId"
    GROUP BY 1
    ORDER BY 1 NULLS LAST`);
}
