import type { Metadata } from "next";
import { NetworkGraph } from "@/components/network/network-graph";
import { NetworkLegend } from "@/components/network/network-legend";
import { PairTable } from "@/components/network/pair-table";
import { FilteredView } from "@/components/views/filtered-view";
import { timelineFacets } from "@/lib/queries/meetings/timeline-facets";
import { officialNetwork } from "@/lib/queries/network/official-network";
import type { QueryRecord } from "@/lib/validation/url-params";
import { filteredViewMetadata, readFilteredView } from "@/lib/views/filtered-view-page";

export const dynamic = "force-dynamic";

/** Officials drawn: more crowd the drawing past reading, and the pairs grow with the square. */
const OFFICIALS_DRAWN = 40;

export function generateMetadata(): Promise<Metadata> {
  return filteredViewMetadata("network");
}

export default async function NetworkPage({ searchParams }: { searchParams: Promise<QueryRecord> }) {
  const record = await searchParams;
  const { parsed, locale, t } = await readFilteredView("/network", record);
  const { filters } = parsed.query;
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
