import { DataTable } from "@/components/ui/data-table";
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
    <DataTable testId="map-places" caption={t.map.placesCaption} columns={[{ label: c.place }, { label: c.country }, { label: c.meetings, num: true }, { label: c.latest }]}>
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
    </DataTable>
  );
}
