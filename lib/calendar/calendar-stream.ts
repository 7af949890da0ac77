import "server-only";
import { meetingSummaryOf } from "@/lib/api/present";
import type { Locale } from "@/lib/i18n/messages";
import { messages } from "@/lib/i18n/messages";
import { streamMeetings } from "@/lib/queries/meetings/stream-meetings";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { escapeText, property } from "./ics";
import { meetingEvent } from "./meeting-event";

export interface CalendarArgs {
  filters: MeetingFilters;
  origin: string;
  locale: Locale;
  /** The calendar's display name in subscribing apps. */
  name: string;
}

/**
 * A VCALENDAR of the matching meetings, written batch by batch from the keyset stream. Its header goes
 * out with the first batch, not before the database has answered (see `streamedResponse`).
 */
export async function* meetingCalendar({ filters, origin, locale, name }: CalendarArgs): AsyncGenerator<string> {
  const t = messages[locale];
  const context = { host: new URL(origin).hostname, locale, t, stamp: new Date() };
  let head = [
    "BEGIN:VCALENDAR\r\n",
    property("VERSION", "2.0"),
    property("PRODID", `-//Chronicle//Meetings ${locale.toUpperCase()}//${locale.toUpperCase()}`),
    property("CALSCALE", "GREGORIAN"),
    property("METHOD", "PUBLISH"),
    // RFC 7986 NAME / REFRESH-INTERVAL, and the X-WR/X-PUBLISHED forms older clients read.
    property("NAME", escapeText(name)),
    property("X-WR-CALNAME", escapeText(name)),
    property("REFRESH-INTERVAL", "PT6H", { VALUE: "DURATION" }),
    property("X-PUBLISHED-TTL", "PT6H"),
  ].join("");
  for await (const batch of streamMeetings(filters, { order: "asc" })) {
    yield head +
      batch
        .map((entry) => meetingEvent(meetingSummaryOf(entry, origin), context))
        .filter(Boolean)
        .join("");
    head = "";
  }
  yield `${head}END:VCALENDAR\r\n`;
}
