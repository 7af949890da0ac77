import { countryName } from "@/lib/i18n/country-name";
import { personName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TripSummary } from "@/lib/queries/trips/trip-summaries";

/** Names shown before «and N more». */
const NAMED = 2;

/** A trip's name: its travellers (the first two, then how many more) and the country they went to. */
export function tripTitle(trip: Pick<TripSummary, "travellers" | "destination">, locale: Locale, t: Messages): string {
  const names = trip.travellers.slice(0, NAMED).map((p) => personName(p, locale));
  const rest = trip.travellers.length - names.length;
  const who = rest > 0 ? `${names.join(", ")} ${t.trips.andMore(rest)}` : names.join(locale === "ru" ? " и " : " and ");
  return t.trips.title(who, countryName(trip.destination, locale));
}

/** «5 февраля 2026 г.» or «5 февраля 2026 г. – 7 февраля 2026 г.». */
export function tripDates(trip: Pick<TripSummary, "from" | "to">, locale: Locale): string {
  const from = formatDate(trip.from, "day", locale);
  return trip.from === trip.to ? from : `${from} – ${formatDate(trip.to, "day", locale)}`;
}
