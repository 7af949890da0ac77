import type { Metadata } from "next";
import type { Messages } from "@/lib/i18n/messages";

type Alternates = NonNullable<Metadata["alternates"]>;

/**
 * `<link rel="alternate">` tags for an official's or a topic's page: its Atom feed and its calendar.
 * Call from that page's generateMetadata: `alternates: feedAlternates("official", slug, t)`.
 * (A page's `alternates` replaces the layout's; the site-wide feeds stay reachable from /api.)
 */
export function feedAlternates(kind: "official" | "topic", slug: string, t: Messages): Alternates {
  const base = `/${kind === "official" ? "officials" : "topics"}/${encodeURIComponent(slug)}`;
  return {
    types: {
      "application/atom+xml": [{ url: `${base}/feed.xml`, title: t.openData.alternateFeed }],
      "text/calendar": [{ url: `${base}/calendar.ics`, title: t.openData.alternateCalendar }],
    },
  };
}

/** The site-wide feeds and calendar, announced from the root layout. */
export function siteAlternates(t: Messages): Alternates {
  return {
    types: {
      "application/atom+xml": [
        { url: "/articles/feed.xml", title: t.openData.alternateArticles },
        { url: "/meetings/feed.xml", title: t.openData.alternateMeetings },
      ],
      "text/calendar": [{ url: "/calendar.ics", title: t.openData.alternateCalendar }],
    },
  };
}
