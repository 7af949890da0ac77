import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MeetingMap } from "@/components/map/meeting-map";
import { PlaceTable } from "@/components/map/place-table";
import { FilteredView } from "@/components/views/filtered-view";
import { getMessages } from "@/lib/i18n/locale";
import { localName } from "@/lib/i18n/display-name";
import { locatePlaces } from "@/lib/map/locate-places";
import { timelineFacets } from "@/lib/queries/meetings/timeline-facets";
import { meetingPlaces } from "@/lib/queries/places/meeting-places";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { localePath } from "@/lib/i18n/locale-path";
import { parseTimelineQuery } from "@/lib/timeline/parse-timeline-query";
import { givenHref, viewHref } from "@/lib/timeline/view-href";
import type { QueryRecord } from "@/lib/validation/url-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, edition] = await Promise.all([getMessages(), editionMetadata()]);
  return {
    title: t.map.title,
    description: t.map.description,
    alternates: edition.alternates,
    openGraph: { ...edition.openGraph, siteName: t.siteName, title: t.map.title, description: t.map.description, type: "website" },
  };
}

export default async function MapPage({ searchParams }: { searchParams: Promise<QueryRecord> }) {
  const record = await searchParams;
  const parsed = parseTimelineQuery(record);
  const { filters } = parsed.query;
  const { locale, t } = await getMessages();
  // A submitted form names every field, empty ones too: one canonical address per view, as the timeline has.
  if (parsed.issues.length === 0 && givenHref("/map", record) !== viewHref("/map", parsed.query)) redirect(localePath(locale, viewHref("/map", parsed.query)));
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
