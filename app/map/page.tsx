import type { Metadata } from "next";
import { MeetingMap } from "@/components/map/meeting-map";
import { PlaceTable } from "@/components/map/place-table";
import { FilteredView } from "@/components/views/filtered-view";
import { localName } from "@/lib/i18n/display-name";
import { locatePlaces } from "@/lib/map/locate-places";
import { timelineFacets } from "@/lib/queries/meetings/timeline-facets";
import { meetingPlaces } from "@/lib/queries/places/meeting-places";
import type { QueryRecord } from "@/lib/validation/url-params";
import { filteredViewMetadata, readFilteredView } from "@/lib/views/filtered-view-page";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return filteredViewMetadata("map");
}

export default async function MapPage({ searchParams }: { searchParams: Promise<QueryRecord> }) {
  const record = await searchParams;
  const { parsed, locale, t } = await readFilteredView("/map", record);
  const { filters } = parsed.query;
  const [{ places, unplaced }, facets] = await Promise.all([meetingPlaces(filters), timelineFacets(filters)]);
  const { located, unlocated } = locatePlaces(places);
  return (
    <FilteredView path="/map" title={t.map.title} lead={t.map.lead} parsed={parsed} facets={facets} locale={locale} t={t}>
      {places.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{t.map.empty}</p>
      ) : (
        <>
          <figure className="space-y-2">
            <MeetingMap places={located} locale={locale} t={t} />
            <figcaption className="space-y-1 text-sm text-stone-600 dark:text-stone-400">
              {unlocated.length > 0 && (
                <p data-testid="map-unlocated">{t.map.unlocated(unlocated.map((p) => `${localName(p.nameRu, p.nameEn, locale)} (${p.meetings})`).join(", "))}</p>
              )}
              {unplaced > 0 && <p>{t.map.unplaced(unplaced)}</p>}
            </figcaption>
          </figure>
          <section aria-labelledby="places-title">
            <h2 id="places-title" className="font-serif text-xl font-semibold">
              {t.map.placesTitle}
            </h2>
            <PlaceTable places={places} locale={locale} t={t} />
          </section>
        </>
      )}
    </FilteredView>
  );
}
