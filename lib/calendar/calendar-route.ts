import "server-only";
import { badParameters, notFound } from "@/lib/api/errors";
import { requestOrigin } from "@/lib/api/origin";
import { parsePath, parseQuery } from "@/lib/api/parse-params";
import { findSubject, type SubjectKind } from "@/lib/api/subject";
import { streamedResponse } from "@/lib/export/text-stream";
import { messages } from "@/lib/i18n/messages";
import { langQuery, meetingFeedQuery, slugPath } from "@/lib/validation/api-params";
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
export function GET_allMeetingsCalendar(request: Request): Response {
  const query = parseQuery(meetingFeedQuery, new URL(request.url).searchParams);
  if (!query.ok) return badParameters(query.issues);
  const { lang: locale, ...filters } = query.data;
  return calendarResponse(request, { filters, locale, name: messages[locale].openData.meetingsCalendar, file: "chronicle-meetings" });
}

/** GET /officials/[slug]/calendar.ics and /topics/[slug]/calendar.ics; 404 for an unknown slug. */
export function subjectCalendarRoute(kind: SubjectKind) {
  return async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
    const path = parsePath(slugPath, await context.params);
    const query = parseQuery(langQuery, new URL(request.url).searchParams);
    if (!path.ok || !query.ok) return badParameters([...(path.ok ? [] : path.issues), ...(query.ok ? [] : query.issues)]);
    const locale = query.data.lang;
    const subject = await findSubject(kind, path.data.slug, locale);
    if (!subject) return notFound(`No ${kind} with slug ${path.data.slug}`);
    const t = messages[locale].openData;
    const name = kind === "official" ? t.officialCalendar(subject.label) : t.topicCalendar(subject.label);
    return calendarResponse(request, { filters: subject.filters, locale, name, file: `chronicle-${subject.slug}` });
  };
}
