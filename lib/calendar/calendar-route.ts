import "server-only";
import { requestOrigin } from "@/lib/api/origin";
import type { SubjectKind } from "@/lib/api/subject";
import { readMeetingFilters, readSubject } from "@/lib/api/subscription-params";
import { streamedResponse } from "@/lib/export/text-stream";
import { messages } from "@/lib/i18n/messages";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { meetingCalendar } from "./calendar-stream";

function calendarResponse(request: Request, args: { filters: MeetingFilters; locale: "ru" | "en"; name: string; file: string }) {
  const url = new URL(request.url);
  return streamedResponse(meetingCalendar({ ...args, origin: requestOrigin(request) }), {
    contentType: "text/calendar; charset=utf-8",
    disposition: `inline; filename="${args.file}.ics"`,
    cacheControl: "public, max-age=900",
    where: `calendar ${url.pathname}${url.search}`,
  });
}

/** GET /calendar.ics: every meeting, or those matching the timeline's filters. */
export async function GET_allMeetingsCalendar(request: Request): Promise<Response> {
  const read = readMeetingFilters(request);
  if (!read.ok) return read.response;
  const { locale, filters } = read;
  return calendarResponse(request, { filters, locale, name: messages[locale].openData.meetingsCalendar, file: "chronicle-meetings" });
}

/** GET /officials/[slug]/calendar.ics and /topics/[slug]/calendar.ics; 404 for an unknown slug. */
export function subjectCalendarRoute(kind: SubjectKind) {
  return async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
    const read = await readSubject(kind, request, await context.params);
    if (!read.ok) return read.response;
    const { locale, subject } = read;
    const t = messages[locale].openData;
    const name = kind === "official" ? t.officialCalendar(subject.label) : t.topicCalendar(subject.label);
    return calendarResponse(request, { filters: subject.filters, locale, name, file: `chronicle-${subject.slug}` });
  };
}
