import { Link } from "@/components/ui/link";
import { localName } from "@/lib/i18n/display-name";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { SearchResult } from "@/lib/search/run-search";
import { SEARCH_QUERY_MAX } from "@/lib/validation/search-params";
import { searchExportUrls, searchFeedUrl, searchUrl, toggleFacet } from "@/lib/search/search-url";
import { FacetPanel } from "./facet-panel";
import { Pagination } from "./pagination";
import { ResultCards } from "./result-cards";
import { SearchForm } from "./search-form";
import { SearchHitItem } from "./search-hit";

/** Downloads of every match, not only the page shown, and the feed of new ones. */
function ExportLinks({ params, locale, t }: { params: SearchResult["params"]; locale: Locale; t: Messages }) {
  const urls = searchExportUrls(params);
  return (
    <p>
      <a href={searchFeedUrl(params, locale)} type="application/atom+xml" className="text-sky-800 underline dark:text-sky-300">
        {t.search.subscribe}
      </a>
      {" · "}
      {t.search.exportAll}{" "}
      <a href={urls.csv} download className="text-sky-800 underline dark:text-sky-300">
        {t.search.exportCsv}
      </a>
      {" · "}
      <a href={urls.json} download className="text-sky-800 underline dark:text-sky-300">
        {t.search.exportJson}
      </a>
    </p>
  );
}

/** The /search page: query box, notices, official and topic cards, facets beside the articles, pages. */
export function SearchResults({ result, ignored, locale, t }: { result: SearchResult; ignored: string[]; locale: Locale; t: Messages }) {
  const { params } = result;
  const notices = [
    result.query.truncated ? t.search.truncated(SEARCH_QUERY_MAX) : null,
    ignored.length ? t.search.ignored(ignored.join(", ")) : null,
    ...result.readAs.map((r) => t.search.readAs(r.word, r.as)),
  ].filter((n): n is string => n !== null);
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title" className="font-serif text-3xl font-semibold">
        {t.search.title}
      </h1>
      <SearchForm params={params} locale={locale} t={t} />
      {notices.map((n) => (
        <p key={n} className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-900/30 dark:text-amber-100">
          {n}
        </p>
      ))}
      {result.filters.length > 0 && (
        <div className="mt-4 flex flex-wrap items-center gap-2 text-sm" aria-label={t.search.activeFilters}>
          {result.filters.map((f) => (
            <Link
              key={`${f.facet}-${f.value}`}
              href={searchUrl(params, toggleFacet(params, f.facet, f.value))}
              aria-label={t.search.removeFilter(localName(f.labelRu, f.labelEn, locale))}
              className="rounded-full border border-stone-400 px-3 py-0.5 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
            >
              {localName(f.labelRu, f.labelEn, locale)}
              {!f.known && <span className="text-stone-600 dark:text-stone-400"> ({t.search.unknownFilter})</span>} ×
            </Link>
          ))}
          <Link href={searchUrl({ ...params, official: [], topic: [], source: undefined, year: undefined })} className="text-stone-600 underline dark:text-stone-400">
            {t.search.clearFilters}
          </Link>
        </div>
      )}
      {result.status === "empty" && <p className="mt-6 text-stone-600 dark:text-stone-400">{t.search.emptyQuery}</p>}
      {result.status === "unsearchable" && <p className="mt-6 text-stone-600 dark:text-stone-400">{t.search.unsearchable}</p>}
      {result.status === "ok" && (
        <>
          <ResultCards cards={result.cards} locale={locale} t={t} />
          <div className="mt-6 grid gap-8 md:grid-cols-[1fr_16rem]">
            <div>
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
                <p role="status">{result.total === 0 ? t.search.nothingFound : result.estimated ? t.search.foundAbout(result.total) : t.search.found(result.total)}</p>
                {result.total > 0 && <ExportLinks params={params} locale={locale} t={t} />}
              </div>
              {result.estimated && <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">{t.search.estimatedNote(result.ranked)}</p>}
              {result.hits.length > 0 && (
                <ol aria-label={t.search.results} className="mt-2">
                  {result.hits.map((hit) => (
                    <SearchHitItem key={hit.slug} hit={hit} locale={locale} t={t} />
                  ))}
                </ol>
              )}
              <Pagination params={params} pageCount={result.pageCount} t={t} />
            </div>
            <aside className="md:order-none">
              <FacetPanel result={result} locale={locale} t={t} />
            </aside>
          </div>
        </>
      )}
    </section>
  );
}
