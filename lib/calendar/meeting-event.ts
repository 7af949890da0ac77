import type { FollowUpRef, MeetingSummary } from "@/lib/api/schemas/meeting";
import { localName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { meetingHeadline, participantLines } from "@/lib/feeds/meeting-headline";
import { escapeText, icsDate, icsDateTime, nextDay, nextMonth, property } from "./ics";

export interface EventContext {
  /** Host name for UIDs: a meeting keeps its UID across fetches, so calendar apps update it in place. */
  host: string;
  locale: Locale;
  t: Messages;
  stamp: Date;
}

/**
 * One meeting as an all-day VEVENT, or null when the calendar cannot place it.
 * - day precision: that day (DTSTART;VALUE=DATE, DTEND the next day, exclusive);
 * - month precision: the whole month, with "day unknown: March 2026" in the title — the honest span,
 *   where a pinned first-of-month would claim a day the sources never gave;
 * - year precision or no date: left out (a year-long banner helps no one); the API and exports have them.
 * Planned meetings are STATUS:TENTATIVE and say so in the title, since many apps do not show STATUS.
 */
export function meetingEvent(m: MeetingSummary, { host, locale, t, stamp }: EventContext): string | null {
  if (!m.date || m.datePrecision === "year") return null;
  const monthOnly = m.datePrecision === "month";
  const place = m.place && localName(m.place.nameRu, m.place.nameEn, locale);
  const kind = t.kind[m.kind];
  const title = meetingHeadline(m, locale, t) + (monthOnly ? ` (${t.openData.dayUnknown(formatDate(m.date, "month", locale))})` : "");
  const topics = m.topics.map((topic) => localName(topic.labelRu, topic.labelEn, locale));
  const followUp = (ref: FollowUpRef) => `${formatDate(ref.date, ref.datePrecision, locale)}: ${ref.url}`;
  const description = [
    m.participants.length ? `${t.openData.participants}:\n${participantLines(m, locale).join("\n")}` : null,
    topics.length ? `${t.openData.topics}: ${topics.join(", ")}` : null,
    // The plan and what came of it, linked both ways as on the meeting's page.
    m.heldAs ? `${t.meeting.heldAs}: ${followUp(m.heldAs)}` : null,
    m.announcedAs.length ? `${t.meeting.announced}:\n${m.announcedAs.map(followUp).join("\n")}` : null,
    m.unconfirmed ? t.meeting.unconfirmed : null,
    t.openData.sources(m.sourceCount),
    m.url,
  ]
    .filter(Boolean)
    .join("\n\n");
  return [
    "BEGIN:VEVENT\r\n",
    property("UID", `meeting-${m.id}@${host}`),
    property("DTSTAMP", icsDateTime(stamp)),
    property("DTSTART", icsDate(m.date), { VALUE: "DATE" }),
    property("DTEND", icsDate(monthOnly ? nextMonth(m.date) : nextDay(m.date)), { VALUE: "DATE" }),
    property("SUMMARY", escapeText(title)),
    property("DESCRIPTION", escapeText(description)),
    place ? property("LOCATION", escapeText(place)) : "",
    property("STATUS", m.status === "planned" ? "TENTATIVE" : "CONFIRMED"),
    // A record of who met whom, not time the subscriber is busy.
    property("TRANSP", "TRANSPARENT"),
    property("CATEGORIES", [kind, ...topics].map(escapeText).join(",")),
    property("URL", m.url, { VALUE: "URI" }),
    "END:VEVENT\r\n",
  ].join("");
}
