import { notFound } from "next/navigation";
import { meetingTitle } from "@/components/meeting/meeting-title";
import { countryName } from "@/lib/i18n/country-name";
import { localName, personName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import { getMessages } from "@/lib/i18n/locale";
import { postInEnglish } from "@/lib/i18n/post-in-english";
import { CARD_SIZE, CARD_TYPE, shareCard } from "@/lib/og/share-card";
import { meetingForUrl } from "@/lib/queries/meetings/get-meeting";

export const dynamic = "force-dynamic";
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;
export const alt = "Chronicle";

/** The picture a shared link to a meeting shows: kind, status and date; who met whom, with their posts; where. */
export default async function MeetingCard({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { locale, t }] = await Promise.all([params, getMessages()]);
  const meeting = await meetingForUrl(id);
  if (!meeting) notFound();
  const date = meeting.date ? formatDate(meeting.date, meeting.datePrecision, locale) : t.dateUnknown;
  const people = meeting.participants.map((p) => {
    const post = p.wording ?? p.position;
    const shown = post && (locale === "en" ? (postInEnglish(post) ?? post) : post);
    // The post usually names the country (`посол США`); the country stands in when no post is known.
    const country = p.country ? countryName(p.country.code, locale) : null;
    return [personName(p, locale), shown ?? country].filter(Boolean).join(", ");
  });
  const place = meeting.place ? localName(meeting.place.ru, meeting.place.en, locale) : null;
  return shareCard({
    eyebrow: `${t.meetingState(meeting.kind, meeting.status)} · ${date}`,
    title: meetingTitle(meeting, locale, t),
    lines: [...people, ...(place ? [place] : [])],
    siteName: t.siteName,
    tagline: t.tagline,
  });
}
