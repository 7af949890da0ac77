import { countryName } from "@/lib/i18n/country-name";
import { localName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { placeLocation } from "@/lib/domain/place-locations";
import type { MeetingPlace } from "@/lib/queries/places/meeting-places";

/** The map as a table: every place (with a point or not), its country, meetings and the latest one. */
export function PlaceTable({ places, locale, t }: { places: MeetingPlace[]; locale: Locale; t: Messages }) {
  const c = t.map.columns;
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-testid="map-places">
        <caption className="mb-2 text-left text-stone-600 dark:text-stone-400">{t.map.placesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.place}</th>
            <th scope="col">{c.country}</th>
            <th scope="col" className="num">
              {c.meetings}
            </th>
            <th scope="col">{c.latest}</th>
          </tr>
        </thead>
        <tbody>
          {places.map((p) => {
            const country = placeLocation(p.nameRu)?.country;
            return (
              <tr key={p.nameRu}>
                <th scope="row">{localName(p.nameRu, p.nameEn, locale)}</th>
                <td>{country ? countryName(country, locale) : "—"}</td>
                <td className="num">{p.meetings}</td>
                <td className="nowrap">{p.latest ? <time dateTime={p.latest}>{formatDate(p.latest, "day", locale)}</time> : t.map.undated}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
