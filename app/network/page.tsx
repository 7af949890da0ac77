import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NetworkGraph } from "@/components/network/network-graph";
import { NetworkLegend } from "@/components/network/network-legend";
import { PairTable } from "@/components/network/pair-table";
import { FilteredView } from "@/components/views/filtered-view";
import { getMessages } from "@/lib/i18n/locale";
import { timelineFacets } from "@/lib/queries/meetings/timeline-facets";
import { officialNetwork } from "@/lib/queries/network/official-network";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { localePath } from "@/lib/i18n/locale-path";
import { parseTimelineQuery } from "@/lib/timeline/parse-timeline-query";
import { givenHref, viewHref } from "@/lib/timeline/view-href";
import type { QueryRecord } from "@/lib/validation/url-params";

export const dynamic = "force-dynamic";

/** Officials drawn: more crowd the drawing past reading, and the pairs grow with the square. */
const OFFICIALS_DRAWN = 40;

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, edition] = await Promise.all([getMessages(), editionMetadata()]);
  return {
    title: t.network.title,
    description: t.network.description,
    alternates: edition.alternates,
    openGraph: { ...edition.openGraph, siteName: t.siteName, title: t.network.title, description: t.network.description, type: "website" },
  };
}

export default async function NetworkPage({ searchParams }: { searchParams: Promise<QueryRecord> }) {
  const record = await searchParams;
  const parsed = parseTimelineQuery(record);
  const { filters } = parsed.query;
  const { locale, t } = await getMessages();
  // A submitted form names every field, empty ones too: one canonical address per view, as the timeline has.
  if (parsed.issues.length === 0 && givenHref("/network", record) !== viewHref("/network", parsed.query)) redirect(localePath(locale, viewHref("/network", parsed.query)));
  const [network, facets] = await Promise.all([officialNetwork(filters, OFFICIALS_DRAWN), timelineFacets(filters)]);
  return (
    <FilteredView path="/network" title={t.network.title} lead={t.network.lead} parsed={parsed} facets={facets} locale={locale} t={t}>
      {network.pairs.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{t.network.empty}</p>
      ) : (
        <>
          <figure className="space-y-2">
            <NetworkGraph network={network} locale={locale} t={t} />
            <figcaption className="space-y-1">
              <NetworkLegend locale={locale} t={t} />
              <p className="text-sm text-stone-600 dark:text-stone-400">{t.network.shown(network.officials.length, network.totalOfficials)}</p>
            </figcaption>
          </figure>
          <section aria-labelledby="pairs-title">
            <h2 id="pairs-title" className="font-serif text-xl font-semibold">
              {t.network.pairsTitle}
            </h2>
            <PairTable network={network} locale={locale} t={t} />
          </section>
        </>
      )}
    </FilteredView>
  );
}
