import "server-only";
import type { Locale } from "@/lib/i18n/messages";
import { langQuery, meetingFeedQuery, searchFeedQuery, slugPath } from "@/lib/validation/api-params";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import type { SearchParams } from "@/lib/validation/search-params";
import { badParameters, notFound } from "./errors";
import { issuesOf, parsePath, parseQuery } from "./parse-params";
import { findSubject, type Subject, type SubjectKind } from "./subject";

/**
 * The parameters of the Atom feeds and iCalendar files, read alike for both. They are subscribed to and
 * fetched without the reader's cookie, so the language is `?lang=`. Each reader gives either what the
 * handler needs or the response to send instead: 400 naming every bad parameter, 404 for an unknown slug.
 */
type Read<T> = ({ ok: true } & T) | { ok: false; response: Response };

/** `?lang=` alone: the all-articles feed. */
export function readLocale(request: Request): Read<{ locale: Locale }> {
  const query = parseQuery(langQuery, new URL(request.url).searchParams);
  return query.ok ? { ok: true, locale: query.data.lang } : { ok: false, response: badParameters(query.issues) };
}

/** `?lang=` and the timeline's filters: the all-meetings feed and calendar. */
export function readMeetingFilters(request: Request): Read<{ locale: Locale; filters: MeetingFilters }> {
  const query = parseQuery(meetingFeedQuery, new URL(request.url).searchParams);
  if (!query.ok) return { ok: false, response: badParameters(query.issues) };
  const { lang: locale, ...filters } = query.data;
  return { ok: true, locale, filters };
}

/** `?lang=` and a search's query and filters: the search's feed, newest matches first. */
export function readSearchFeed(request: Request): Read<{ locale: Locale; params: SearchParams }> {
  const query = parseQuery(searchFeedQuery, new URL(request.url).searchParams);
  if (!query.ok) return { ok: false, response: badParameters(query.issues) };
  const { lang: locale, ...params } = query.data;
  return { ok: true, locale, params: { ...params, sort: "date", page: 1 } };
}

/** The `[slug]` of /officials/[slug]/… or /topics/[slug]/… and `?lang=`, then the official or topic it names. */
export async function readSubject(
  kind: SubjectKind,
  request: Request,
  params: Record<string, string | string[] | undefined>,
): Promise<Read<{ locale: Locale; subject: Subject }>> {
  const path = parsePath(slugPath, params);
  const query = parseQuery(langQuery, new URL(request.url).searchParams);
  if (!path.ok || !query.ok) return { ok: false, response: badParameters(issuesOf(path, query)) };
  const locale = query.data.lang;
  const subject = await findSubject(kind, path.data.slug, locale);
  return subject ? { ok: true, locale, subject } : { ok: false, response: notFound(`No ${kind} with slug ${path.data.slug}`) };
}
