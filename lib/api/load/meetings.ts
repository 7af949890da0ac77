import "server-only";
import type { z } from "zod";
import { getMeeting, type MeetingDetail as Meeting } from "@/lib/queries/meetings/get-meeting";
import { listMeetings } from "@/lib/queries/meetings/list-meetings";
import type { TimelineEntry } from "@/lib/queries/meetings/timeline-entries";
import type { meetingListQuery } from "@/lib/validation/api-params";
import { meetingSummaryOf, pageUrl, paginationOf } from "../present";
import type { MeetingDetail } from "../schemas/meeting";

/** /api/v1/meetings: the timeline's query, as a page of summaries. */
export async function loadMeetingList({ query, origin }: { query: z.output<typeof meetingListQuery>; origin: string }) {
  const { order, page, pageSize, ...filters } = query;
  const result = await listMeetings(filters, { order, page, pageSize });
  return { data: result.entries.map((e) => meetingSummaryOf(e, origin)), pagination: paginationOf(result.total, page, pageSize) };
}

/** /api/v1/meetings/{id}: the meeting's page loader (getMeeting), as the API publishes it; null when there is none. */
export async function loadMeeting({ path, origin }: { path: { id: number }; origin: string }): Promise<MeetingDetail | null> {
  const m = await getMeeting(path.id);
  if (!m) return null;
  return {
    ...meetingSummaryOf(timelineEntryOf(m), origin),
    summary: m.summary,
    outcomes: m.outcomes,
    dateSource: m.dateSource,
    needsReview: m.needsReview,
    sources: m.sources.map((a) => ({
      slug: a.slug,
      url: pageUrl.article(origin, a.slug),
      title: a.title,
      publishedOn: a.publishedOn,
      source: a.source?.name ?? null,
      outlet: a.provenance.outlet?.name ?? null,
      originalUrl: a.provenance.originalUrl,
    })),
    evidence: m.evidence.map((e) => ({
      fact: e.fact,
      sentence: e.sentence,
      articleSlug: e.articleSlug,
      paragraph: e.paragraph,
      offset: e.offset,
      origin: e.origin,
    })),
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** The meeting as its timeline row shows it (lib/queries/meetings/timeline-entries.ts): each post as worded at the meeting. */
function timelineEntryOf(m: Meeting): TimelineEntry {
  return {
    id: m.id,
    kind: m.kind,
    status: m.status,
    date: m.date,
    datePrecision: m.datePrecision,
    place: m.place && { ru: m.place.ru, en: m.place.en },
    participants: m.participants.map((p) => ({
      slug: p.slug,
      nameRu: p.nameRu,
      nameLatin: p.nameLatin,
      position: p.wording ?? p.position,
      country: p.country?.code ?? null,
    })),
    topics: m.topics.map(({ slug, labelRu, labelEn }) => ({ slug, labelRu, labelEn })),
    sourceCount: m.sources.length,
    sourceUrls: [...m.sources].sort((a, b) => a.id - b.id).flatMap((s) => s.provenance.originalUrl ?? []),
    heldAs: m.heldAs,
    announcedAs: m.announcedAs,
    unconfirmed: m.unconfirmed,
  };
}
