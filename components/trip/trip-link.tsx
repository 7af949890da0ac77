import { Link } from "@/components/ui/link";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TripSummary } from "@/lib/queries/trips/trip-summaries";
import { tripDates, tripTitle } from "./trip-title";

/** The line that names a trip and leads to its page: a timeline group's heading, a meeting's «part of». */
export function TripLink({ trip, locale, t, lead }: { trip: TripSummary; locale: Locale; t: Messages; lead?: string }) {
  return (
    <p className="text-sm text-stone-700 dark:text-stone-300">
      {lead && <span className="font-semibold">{lead}: </span>}
      <Link href={`/trips/${trip.key}`} locale={locale} className="font-medium text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300">
        {lead ? tripTitle(trip, locale, t) : t.trips.groupLabel(tripTitle(trip, locale, t))}
      </Link>
      <span className="muted">
        {" "}
        · {tripDates(trip, locale)} · {t.trips.meetings(trip.meetingIds.length)}
      </span>
    </p>
  );
}
