import { meetingSummaryOf, pageUrl } from "@/lib/api/present";
import { localName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { NewArticle } from "@/lib/queries/articles/newest-articles";
import type { NewMeeting } from "@/lib/queries/meetings/newest-meetings";
import type { AtomEntry } from "./atom";
import { meetingHeadline, participantLines } from "./meeting-headline";

export function meetingEntry(m: NewMeeting, origin: string, locale: Locale, t: Messages): AtomEntry {
  const summary = meetingSummaryOf(m, origin);
  const when = m.date ? formatDate(m.date, m.datePrecision, locale) : t.dateUnknown;
  const place = m.place && localName(m.place.ru, m.place.en, locale);
  const topics = m.topics.map((topic) => localName(topic.labelRu, topic.labelEn, locale));
  return {
    id: summary.url,
    title: `${meetingHeadline(summary, locale, t)} — ${when}`,
    link: summary.url,
    updated: m.updatedAt,
    published: m.createdAt,
    summary: m.summary,
    content: [
      [when, place].filter(Boolean).join(", "),
      participantLines(summary, locale).join("\n"),
      topics.length ? `${t.openData.topics}: ${topics.join(", ")}` : "",
      t.openData.sources(m.sourceCount),
    ]
      .filter(Boolean)
      .join("\n\n"),
    authors: [t.siteName],
    categories: [
      { term: m.kind, label: t.kind[m.kind] },
      ...m.topics.map((topic) => ({ term: topic.slug, label: localName(topic.labelRu, topic.labelEn, locale) })),
    ],
  };
}

/** Article text is never translated; only the labels around it follow the feed's language. */
export function articleEntry(a: NewArticle, origin: string, locale: Locale): AtomEntry {
  const url = pageUrl.article(origin, a.slug);
  return {
    id: url,
    title: a.title,
    link: url,
    updated: a.updatedAt,
    published: a.createdAt,
    summary: a.lead,
    authors: a.source ? [a.source.name] : [],
    categories: a.topics.map(({ topic }) => ({ term: topic.slug, label: localName(topic.labelRu, topic.labelEn, locale) })),
  };
}
