import { Link } from "@/components/ui/link";
import { CountryCode } from "@/components/ui/country-code";
import { PostTitle } from "@/components/ui/post-title";
import { countryName } from "@/lib/i18n/country-name";
import { localName, personName } from "@/lib/i18n/display-name";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TimelineEntry } from "@/lib/queries/meetings/timeline-entries";
import type { TripSummary } from "@/lib/queries/trips/trip-summaries";
import { tripDates } from "./trip-title";

const term = "text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";

/** Who travelled (in the post of their first meeting on the trip), to which country, when, to which places. */
export function TripFacts({ trip, entries, locale, t }: { trip: TripSummary; entries: TimelineEntry[]; locale: Locale; t: Messages }) {
  const participants = entries.flatMap((e) => e.participants);
  const postOf = (slug: string) => participants.find((p) => p.slug === slug && p.position)?.position ?? null;
  const places = [...new Map(entries.flatMap((e) => (e.place ? [[e.place.ru, localName(e.place.ru, e.place.en, locale)] as const] : []))).values()];
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-3 text-sm">
      <dt className={term}>{t.trips.travellers}</dt>
      <dd>
        <ul className="space-y-1">
          {trip.travellers.map((p) => {
            const post = postOf(p.slug);
            return (
              <li key={p.slug}>
                <Link href={`/officials/${p.slug}`} className="font-serif text-lg underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600">
                  {personName(p, locale)}
                </Link>
                <span className="ml-2 align-[0.15em]">
                  <CountryCode code={trip.side} name={countryName(trip.side, locale)} />
                </span>
                {post && (
                  <span className="block text-stone-700 dark:text-stone-300">
                    <PostTitle post={post} locale={locale} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </dd>
      <dt className={term}>{t.trips.destination}</dt>
      <dd>{countryName(trip.destination, locale)}</dd>
      <dt className={term}>{t.trips.places}</dt>
      <dd>{places.join(", ")}</dd>
      <dt className={term}>{t.trips.dates}</dt>
      <dd>
        <time dateTime={trip.from}>{tripDates(trip, locale)}</time>
      </dd>
    </dl>
  );
}
