import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingFacts } from "@/components/meeting/meeting-facts";
import { MeetingProse } from "@/components/meeting/meeting-prose";
import { MeetingSources } from "@/components/meeting/meeting-sources";
import { meetingTitle } from "@/components/meeting/meeting-title";
import { RelatedMeetings } from "@/components/meeting/related-meetings";
import { localName } from "@/lib/i18n/display-name";
import { JsonLd } from "@/components/ui/json-ld";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/i18n/format-date";
import { getMessages } from "@/lib/i18n/locale";
import { meetingForUrl } from "@/lib/queries/meetings/get-meeting";
import { relatedMeetings } from "@/lib/queries/meetings/related-meetings";
import { meetingEvent } from "@/lib/seo/schema-org";
import { siteOrigin } from "@/lib/seo/site-origin";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { TripLink } from "@/components/trip/trip-link";
import { tripSummaries } from "@/lib/queries/trips/trip-summaries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }] = await Promise.all([params, getMessages()]);
  const meeting = await meetingForUrl(id);
  if (!meeting) return { title: t.meeting.notFound };
  const title = meetingTitle(meeting, locale, t);
  const date = meeting.date ? formatDate(meeting.date, meeting.datePrecision, locale) : t.dateUnknown;
  const description = meeting.summary ?? t.meeting.describe(title, date, meeting.place && localName(meeting.place.ru, meeting.place.en, locale));
  const edition = await editionMetadata(`/meetings/${meeting.id}`);
  return {
    title: `${title}, ${date}`,
    description,
    alternates: edition.alternates,
    openGraph: { ...edition.openGraph, siteName: t.siteName, title, description, type: "article" },
  };
}

export default async function MeetingPage({ params }: Props) {
  const { id } = await params;
  const meeting = await meetingForUrl(id);
  if (!meeting) notFound();
  const [{ locale, t }, related, origin, trips] = await Promise.all([getMessages(), relatedMeetings(meeting.id), siteOrigin(), tripSummaries([meeting])]);
  const title = meetingTitle(meeting, locale, t);
  return (
    <article aria-labelledby="meeting-title" className="space-y-10">
      <JsonLd data={meetingEvent(meeting, title, origin)} />
      <header className="space-y-3">
        <p className="text-sm uppercase tracking-wider text-stone-600 dark:text-stone-400">
          {t.kind[meeting.kind]} · {meeting.date ? formatDate(meeting.date, meeting.datePrecision, locale) : t.dateUnknown}
        </p>
        <h1 id="meeting-title" className="font-serif text-3xl font-semibold leading-tight tracking-tight md:text-4xl">
          {title}
        </h1>
        {trips.map((trip) => (
          <TripLink key={trip.key} trip={trip} lead={t.trips.partOf} locale={locale} t={t} />
        ))}
        {meeting.needsReview && <Notice tone="warning">{t.meeting.needsReview}</Notice>}
      </header>
      <MeetingFacts meeting={meeting} locale={locale} t={t} />
      {(meeting.summary || meeting.outcomes) && (
        <div className="grid gap-6 md:grid-cols-2">
          {meeting.summary && <MeetingProse id="summary-title" heading={t.meeting.summary} text={meeting.summary} />}
          {meeting.outcomes && <MeetingProse id="outcomes-title" heading={t.meeting.outcomes} text={meeting.outcomes} />}
        </div>
      )}
      <MeetingSources sources={meeting.sources} locale={locale} t={t} />
      <RelatedMeetings related={related} locale={locale} t={t} />
    </article>
  );
}
