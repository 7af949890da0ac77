import { MeetingRow } from "@/components/timeline/meeting-row";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { RelatedMeetings as Related } from "@/lib/queries/meetings/related-meetings";

/** Other meetings of the same trip, and the participants' earlier meetings. */
export function RelatedMeetings({ related, locale, t }: { related: Related; locale: Locale; t: Messages }) {
  const m = t.meeting;
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title" className="border-b-2 border-stone-800 pb-1 font-serif text-2xl font-semibold dark:border-stone-300">
        {m.related}
      </h2>
      {related.sameTrip.length === 0 && related.earlier.length === 0 && <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">{m.noRelated}</p>}
      {related.sameTrip.length > 0 && (
        <section aria-labelledby="same-trip-title" className="mt-4">
          <h3 id="same-trip-title" className="font-serif text-lg font-semibold">
            {m.sameTrip}
          </h3>
          <p className="text-xs text-stone-600 dark:text-stone-400">{m.sameTripHint}</p>
          <ol data-testid="same-trip">
            {related.sameTrip.map((e) => (
              <MeetingRow key={e.id} meeting={e} locale={locale} t={t} />
            ))}
          </ol>
        </section>
      )}
      {related.earlier.length > 0 && (
        <section aria-labelledby="earlier-title" className="mt-6">
          <h3 id="earlier-title" className="font-serif text-lg font-semibold">
            {m.earlier}
          </h3>
          <ol data-testid="earlier-meetings">
            {related.earlier.map((e) => (
              <MeetingRow key={e.id} meeting={e} locale={locale} t={t} />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
