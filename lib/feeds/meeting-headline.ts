import type { MeetingSummary } from "@/lib/api/schemas/meeting";
import { localName, personName } from "@/lib/i18n/display-name";
import type { Locale, Messages } from "@/lib/i18n/messages";

/** "[planned] Talks: Ермек Кошербаев — Кристофер Ландау": the title a feed entry or calendar event gets. */
export function meetingHeadline(m: MeetingSummary, locale: Locale, t: Messages): string {
  const who = m.participants.map((p) => personName(p, locale)).join(" — ");
  const place = m.place && localName(m.place.nameRu, m.place.nameEn, locale);
  const kind = t.kind[m.kind];
  const headline = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${who ? `: ${who}` : place ? `: ${place}` : ""}`;
  return m.status === "planned" ? `${t.openData.plannedMark} ${headline}` : headline;
}

/** Participants with their posts and sides, one a line. */
export function participantLines(m: MeetingSummary, locale: Locale): string[] {
  return m.participants.map(
    (p) => `${personName(p, locale)}${p.position ? `, ${p.position}` : ""}${p.country ? ` (${p.country})` : ""}`,
  );
}
