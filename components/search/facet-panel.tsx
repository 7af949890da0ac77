import { Link } from "@/components/ui/link";
import { localName } from "@/lib/i18n/display-name";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { FacetName, SearchResult } from "@/lib/search/run-search";
import { searchUrl, toggleFacet } from "@/lib/search/search-url";

const ORDER: FacetName[] = ["official", "topic", "source", "year"];

/**
 * Facet counts over all matches (estimated, shown with ≈, when the search read a sample); each value adds
 * its filter (or removes it when chosen), so they combine.
 */
export function FacetPanel({ result, locale, t }: { result: SearchResult; locale: Locale; t: Messages }) {
  const titles: Record<FacetName, string> = { official: t.search.facetOfficial, topic: t.search.facetTopic, source: t.search.facetSource, year: t.search.facetYear };
  const shown = ORDER.filter((f) => result.facets[f].length > 0);
  if (shown.length === 0) return null;
  return (
    <nav aria-label={t.search.filtersTitle} className="space-y-5 text-sm">
      <h2 className="font-semibold">{t.search.filtersTitle}</h2>
      {shown.map((facet) => (
        <section key={facet} aria-labelledby={`facet-${facet}`}>
          <h3 id={`facet-${facet}`} className="mb-1 text-xs uppercase tracking-wide text-stone-600 dark:text-stone-400">
            {titles[facet]}
          </h3>
          <ul className="space-y-0.5" data-testid={`facet-${facet}`}>
            {result.facets[facet].map((v) => (
              <li key={v.value}>
                <Link
                  href={searchUrl(result.params, toggleFacet(result.params, facet, v.value))}
                  aria-current={v.selected ? "true" : undefined}
                  className={`flex justify-between gap-2 rounded px-1 hover:bg-stone-200 dark:hover:bg-stone-800 ${v.selected ? "bg-stone-200 font-semibold dark:bg-stone-800" : ""}`}
                >
                  <span>
                    {v.selected && <span aria-hidden="true">✓ </span>}
                    {localName(v.labelRu, v.labelEn, locale)}
                  </span>
                  <span className="whitespace-nowrap tabular-nums text-stone-600 dark:text-stone-400">
                    {result.estimated && "≈\u00a0"}
                    {v.count.toLocaleString(locale === "ru" ? "ru-RU" : "en")}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
