import "server-only";
import { internalError } from "@/lib/api/errors";
import { cachedResponse } from "@/lib/api/http";
import { requestOrigin } from "@/lib/api/origin";
import type { SubjectKind } from "@/lib/api/subject";
import { readLocale, readMeetingFilters, readSearchFeed, readSubject } from "@/lib/api/subscription-params";
import { messages, type Locale } from "@/lib/i18n/messages";
import { feedArticlesBySlug, newestArticles } from "@/lib/queries/articles/newest-articles";
import { searchArticles } from "@/lib/queries/articles/search-articles";
import { searchUrl } from "@/lib/search/search-url";
import { newestMeetings } from "@/lib/queries/meetings/newest-meetings";
import { atomXml, type AtomEntry } from "./atom";
import { articleEntry, meetingEntry } from "./feed-entries";

const LIMIT = 50;

function atomResponse(request: Request, feed: { title: string; alternate: string; locale: Locale; entries: AtomEntry[] }) {
  const url = new URL(request.url);
  const self = `${requestOrigin(request)}${url.pathname}${url.search}`;
  const body = atomXml({
    id: self,
    self,
    title: feed.title,
    subtitle: messages[feed.locale].openData.feedSubtitle,
    alternate: feed.alternate,
    lang: feed.locale,
    generator: messages[feed.locale].siteName,
    entries: feed.entries,
  });
  return cachedResponse(request, body, { contentType: "application/atom+xml; charset=utf-8", maxAge: 600 });
}

/** A handler whose unexpected errors answer a JSON 500 rather than a stack trace; each handler answers bad parameters (lib/api/subscription-params) itself. */
function guarded(where: string, handler: (request: Request, params: Record<string, string>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }) => {
    try {
      return await handler(request, (await context?.params) ?? {});
    } catch (error) {
      return internalError(error, `${where} ${new URL(request.url).pathname}`);
    }
  };
}

/** GET /articles/feed.xml: articles newly added to the archive. */
export const articlesFeed = guarded("articles feed", async (request) => {
  const read = readLocale(request);
  if (!read.ok) return read.response;
  const { locale } = read;
  const origin = requestOrigin(request);
  const articles = await newestArticles({}, LIMIT);
  return atomResponse(request, {
    title: messages[locale].openData.articlesFeed,
    alternate: `${origin}/`,
    locale,
    entries: articles.map((a) => articleEntry(a, origin, locale)),
  });
});

/** GET /meetings/feed.xml: meetings newly added, narrowed by the timeline's filters. */
export const meetingsFeed = guarded("meetings feed", async (request) => {
  const read = readMeetingFilters(request);
  if (!read.ok) return read.response;
  const { locale, filters } = read;
  const url = new URL(request.url);
  const origin = requestOrigin(request);
  const meetings = await newestMeetings(filters, LIMIT);
  const timeline = new URLSearchParams(url.searchParams);
  timeline.delete("lang");
  return atomResponse(request, {
    title: messages[locale].openData.meetingsFeed,
    alternate: `${origin}/${timeline.size ? `?${timeline}` : ""}`,
    locale,
    entries: meetings.map((m) => meetingEntry(m, origin, locale, messages[locale])),
  });
});

/**
 * GET /search/feed.xml: a search's alert — its newest matches (the first page of the search sorted by
 * date, so the same matches the page shows, sampled alike on a very common word), with its query and
 * filters as on /search.
 */
export const searchFeed = guarded("search feed", async (request) => {
  const read = readSearchFeed(request);
  if (!read.ok) return read.response;
  const { locale, params } = read;
  const origin = requestOrigin(request);
  const result = await searchArticles(params);
  const articles = await feedArticlesBySlug(result.hits.map((h) => h.slug));
  return atomResponse(request, {
    title: messages[locale].openData.searchFeed(params.q.trim()),
    alternate: `${origin}${searchUrl({ ...params, sort: "relevance" })}`,
    locale,
    entries: articles.map((a) => articleEntry(a, origin, locale)),
  });
});

/** GET /officials/[slug]/feed.xml and /topics/[slug]/feed.xml: new meetings and new articles about them. */
export function subjectFeed(kind: SubjectKind) {
  return guarded(`${kind} feed`, async (request, params) => {
    const read = await readSubject(kind, request, params);
    if (!read.ok) return read.response;
    const { locale, subject } = read;
    const origin = requestOrigin(request);
    const t = messages[locale];
    const [meetings, articles] = await Promise.all([newestMeetings(subject.filters, LIMIT), newestArticles(subject.filters, LIMIT)]);
    const entries = [
      ...meetings.map((m) => ({ added: m.createdAt, entry: meetingEntry(m, origin, locale, t) })),
      ...articles.map((a) => ({ added: a.createdAt, entry: articleEntry(a, origin, locale) })),
    ]
      .sort((a, b) => b.added.getTime() - a.added.getTime() || a.entry.id.localeCompare(b.entry.id))
      .slice(0, LIMIT)
      .map((e) => e.entry);
    return atomResponse(request, {
      title: kind === "official" ? t.openData.officialFeed(subject.label) : t.openData.topicFeed(subject.label),
      alternate: `${origin}/${kind === "official" ? "officials" : "topics"}/${subject.slug}`,
      locale,
      entries,
    });
  });
}
