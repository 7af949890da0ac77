import { TripLink } from "@/components/trip/trip-link";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TimelineEntry } from "@/lib/queries/meetings/timeline-entries";
import type { TripSummary } from "@/lib/queries/trips/trip-summaries";
import { groupByMonth } from "@/lib/timeline/group-by-month";
import { tripRuns } from "@/lib/timeline/trip-runs";
import { MeetingRow } from "./meeting-row";

/** A page of meetings under year and month headings (h2, h3), in the order asked for; neighbouring
 *  meetings of one trip grouped under the trip's name. */
export function TimelineList({ entries, trips, locale, t }: { entries: TimelineEntry[]; trips: TripSummary[]; locale: Locale; t: Messages }) {
  return (
    <div className="space-y-8">
      {groupByMonth(entries).map((year) => (
        <section key={year.year ?? "undated"} aria-labelledby={`y-${year.year ?? "undated"}`}>
          <h2 id={`y-${year.year ?? "undated"}`} className="sticky top-0 z-10 border-b-2 border-stone-800 bg-stone-50 py-1 font-serif text-2xl font-semibold dark:border-stone-300 dark:bg-stone-950">
            {year.year ?? t.timeline.undated}
          </h2>
          {year.months.map((group) => (
            <section key={group.month ?? "unknown"} className="mt-3">
              {year.year && (
                <h3 className="text-sm font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
                  {group.month ? formatDate(`${group.month}-01`, "month", locale) : t.timeline.monthUnknown}
                </h3>
              )}
              <ol className="mt-1">
                {tripRuns(group.entries, trips).map((run) =>
                  run.trip ? (
                    <li key={`${run.trip.key}-${run.entries[0]?.id}`} className="trip-group" data-testid="timeline-trip">
                      <TripLink trip={run.trip} locale={locale} t={t} />
                      <ol>
                        {run.entries.map((m) => (
                          <MeetingRow key={m.id} meeting={m} locale={locale} t={t} />
                        ))}
                      </ol>
                    </li>
                  ) : (
                    run.entries.map((m) => <MeetingRow key={m.id} meeting={m} locale={locale} t={t} />)
                  ),
                )}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
