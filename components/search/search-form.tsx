import { localePath } from "@/lib/i18n/locale-path";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { SEARCH_QUERY_MAX, type SearchParams } from "@/lib/validation/search-params";

/** The query box of the results page: a GET form that keeps the filters and leaves everything in the URL. */
export function SearchForm({ params, locale, t }: { params: SearchParams; locale: Locale; t: Messages }) {
  return (
    <form role="search" action={localePath(locale, "/search")} method="get" className="mt-4 flex flex-wrap items-center gap-2">
      <label htmlFor="search-q" className="sr-only">
        {t.searchLabel}
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={params.q}
        maxLength={SEARCH_QUERY_MAX}
        placeholder={t.searchPlaceholder}
        className="min-w-0 flex-1 basis-full sm:basis-0 rounded border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-950"
      />
      {params.official.map((v) => (
        <input key={`o-${v}`} type="hidden" name="official" value={v} />
      ))}
      {params.topic.map((v) => (
        <input key={`t-${v}`} type="hidden" name="topic" value={v} />
      ))}
      {params.source !== undefined && <input type="hidden" name="source" value={params.source} />}
      {params.year !== undefined && <input type="hidden" name="year" value={params.year} />}
      <label htmlFor="search-sort" className="sr-only">
        {t.search.sortLabel}
      </label>
      <select
        id="search-sort"
        name="sort"
        defaultValue={params.sort}
        className="rounded border border-stone-300 bg-white px-2 py-2 text-sm dark:border-stone-700 dark:bg-stone-950"
      >
        <option value="relevance">{t.search.sortRelevance}</option>
        <option value="date">{t.search.sortDate}</option>
      </select>
      <button type="submit" className="rounded bg-stone-800 px-4 py-2 text-sm text-white hover:bg-stone-700 dark:bg-stone-200 dark:text-stone-900">
        {t.searchSubmit}
      </button>
      <p className="w-full text-xs text-stone-600 dark:text-stone-400">{t.search.syntaxHint}</p>
    </form>
  );
}
