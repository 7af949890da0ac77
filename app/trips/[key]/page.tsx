import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { MeetingRow } from "@/components/timeline/meeting-row";
import { TripFacts } from "@/components/trip/trip-facts";
import { tripDates, tripTitle } from "@/components/trip/trip-title";
import { getMessages } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";
import { tripForUrl } from "@/lib/queries/trips/get-trip";
import { editionMetadata } from "@/lib/seo/edition-metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }> };

async function load(params: Props["params"]) {
  const [{ key }, { locale }] = await Promise.all([params, getMessages()]);
  const found = await tripForUrl(key);
  if (!found) notFound();
  if (found.kind === "moved") permanentRedirect(localePath(locale, `/trips/${found.key}`));
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ trip }, { locale, t }] = await Promise.all([load(params), getMessages()]);
  const title = tripTitle(trip, locale, t);
  const description = t.trips.description(title, tripDates(trip, locale), trip.meetingIds.length);
  const edition = await editionMetadata(`/trips/${trip.key}`);
  return { title, description, alternates: edition.alternates, openGraph: { ...edition.openGraph, siteName: t.siteName, title, description, type: "article" } };
}

export default async function TripPage({ params }: Props) {
  const [{ trip, entries }, { locale, t }] = await Promise.all([load(params), getMessages()]);
  return (
    <article aria-labelledby="trip-title" className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm uppercase tracking-wider text-stone-600 dark:text-stone-400">
          {t.trips.eyebrow} · {tripDates(trip, locale)} · {t.trips.meetings(entries.length)}
        </p>
        <h1 id="trip-title" className="font-serif text-3xl font-semibold leading-tight tracking-tight md:text-4xl">
          {tripTitle(trip, locale, t)}
        </h1>
      </header>
      <TripFacts trip={trip} entries={entries} locale={locale} t={t} />
      <section aria-labelledby="trip-meetings">
        <h2 id="trip-meetings" className="font-serif text-xl font-semibold">
          {t.trips.meetingsTitle}
        </h2>
        <ol className="mt-2">
          {entries.map((m) => (
            <MeetingRow key={m.id} meeting={m} locale={locale} t={t} />
          ))}
        </ol>
        <p className="mt-4 max-w-prose text-sm text-stone-600 dark:text-stone-400">{t.trips.rule}</p>
      </section>
    </article>
  );
}
