import "server-only";
import type { z } from "zod";
import { meetingSummaryOf, pageUrl, paginationOf } from "@/lib/api/present";
import type { MeetingDetail } from "@/lib/api/schemas/meeting";
import { getDb } from "@/lib/db";
import type { meetingListQuery } from "@/lib/validation/api-params";
import { isoDate } from "../iso-date";
import { listMeetings } from "../meetings/list-meetings";
import { listTimelineEntries } from "../meetings/timeline-entries";

/** /api/v1/meetings: the timeline's query, as a page of summaries. */
export async function loadMeetingList({ query, origin }: { query: z.output<typeof meetingListQuery>; origin: string }) {
  const { order, page, pageSize, ...filters } = query;
  const result = await listMeetings(filters, { order, page, pageSize });
  return { data: result.entries.map((e) => meetingSummaryOf(e, origin)), pagination: paginationOf(result.total, page, pageSize) };
}

/** /api/v1/meetings/{id}: one meeting with its sources and evidence; null when there is none. Two queries, side by side. */
export async function loadMeeting({ path, origin }: { path: { id: number }; origin: string }): Promise<MeetingDetail | null> {
  const [[entry], m] = await Promise.all([
    listTimelineEntries([path.id]),
    getDb().meeting.findUnique({
      where: { id: path.id },
      select: {
        summary: true,
        outcomes: true,
        dateSource: true,
        needsReview: true,
        createdAt: true,
        updatedAt: true,
        sources: {
          orderBy: [{ article: { publishedOn: { sort: "asc", nulls: "last" } } }, { articleId: "asc" }],
          select: { article: { select: { slug: true, title: true, publishedOn: true, source: { select: { name: true } } } } },
        },
        evidence: {
          orderBy: [{ articleId: "asc" }, { paragraph: "asc" }, { offset: "asc" }, { id: "asc" }],
          select: { fact: true, sentence: true, paragraph: true, offset: true, origin: true, article: { select: { slug: true } } },
        },
      },
    }),
  ]);
  if (!m || !entry) return null;
  return {
    ...meetingSummaryOf(entry, origin),
    summary: m.summary,
    outcomes: m.outcomes,
    dateSource: m.dateSource,
    needsReview: m.needsReview,
    sources: m.sources.map(({ article: a }) => ({
      slug: a.slug,
      url: pageUrl.article(origin, a.slug),
      title: a.title,
      publishedOn: isoDate(a.publishedOn),
      source: a.source?.name ?? null,
    })),
    evidence: m.evidence.map((e) => ({
      fact: e.fact,
      sentence: e.sentence,
      articleSlug: e.article.slug,
      paragraph: e.paragraph,
      offset: e.offset,
      origin: e.origin,
    })),
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
