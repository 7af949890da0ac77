import type { ArticleDetail } from "@/lib/queries/articles/get-article";
import type { MeetingDetail } from "@/lib/queries/meetings/get-meeting";

/** A date at its precision in ISO 8601: "2026-02-05", "2026-03", "2026". */
export function isoAtPrecision(date: string, precision: "day" | "month" | "year" | null): string {
  return precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date;
}

const person = (p: { nameRu: string; nameLatin: string | null }, jobTitle?: string | null) => ({
  "@type": "Person",
  name: p.nameRu,
  ...(p.nameLatin ? { alternateName: p.nameLatin } : {}),
  ...(jobTitle ? { jobTitle } : {}),
});

/** schema.org Event for a meeting, citing the articles that report it. */
export function meetingEvent(meeting: MeetingDetail, name: string, origin: string): object {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name,
    url: `${origin}/meetings/${meeting.id}`,
    ...(meeting.date ? { startDate: isoAtPrecision(meeting.date, meeting.datePrecision) } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: meeting.kind === "call" ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
    ...(meeting.place ? { location: { "@type": "Place", name: meeting.place.ru, ...(meeting.place.en ? { alternateName: meeting.place.en } : {}) } } : {}),
    ...(meeting.summary ? { description: meeting.summary } : {}),
    attendee: meeting.participants.map((p) => person(p, p.position)),
    about: meeting.topics.map((t) => ({ "@type": "Thing", name: t.labelRu, alternateName: t.labelEn })),
    subjectOf: meeting.sources.map((s) => ({
      "@type": "NewsArticle",
      headline: s.title,
      url: `${origin}/articles/${s.slug}`,
      ...(s.publishedOn ? { datePublished: s.publishedOn } : {}),
    })),
  };
}

/** schema.org NewsArticle for an article as published. */
export function newsArticle(article: ArticleDetail, origin: string): object {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    url: `${origin}/articles/${article.slug}`,
    inLanguage: "ru",
    ...(article.publishedOn ? { datePublished: article.publishedOn } : {}),
    dateModified: article.updatedAt,
    ...(article.source ? { sourceOrganization: { "@type": "Organization", name: article.source.name } } : {}),
    ...(article.dateline ? { contentLocation: { "@type": "Place", name: article.dateline.ru } } : {}),
    ...(article.lead ? { description: article.lead } : {}),
    mentions: article.officials.map((o) => person(o)),
    about: article.topics.map((t) => ({ "@type": "Thing", name: t.labelRu, alternateName: t.labelEn })),
  };
}
