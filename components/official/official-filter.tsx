import { Link } from "@/components/ui/link";
import { localePath } from "@/lib/i18n/locale-path";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { ListSort } from "@/lib/validation/page-params";

/** The index filter: a plain GET form, so it works without JavaScript and the filter stays in the URL. */
export function OfficialFilter({ q, sort, locale, t }: { q: string | undefined; sort: ListSort; locale: Locale; t: Messages }) {
  return (
    <form role="search" action={localePath(locale, "/officials")} method="get" className="mt-6 max-w-xl">
      {/* Filtering keeps the order the reader chose. */}
      {sort !== "name" && <input type="hidden" name="sort" value={sort} />}
      <label htmlFor="officials-q" className="block text-sm font-medium">
        {t.officials.filterLabel}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="officials-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          aria-describedby="officials-q-hint"
          autoComplete="off"
          className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 py-1.5 dark:border-stone-600 dark:bg-stone-900"
        />
        <button type="submit" className="rounded border border-stone-500 bg-stone-800 px-4 py-1.5 text-white hover:bg-stone-700 dark:border-stone-400 dark:bg-stone-200 dark:text-stone-900 dark:hover:bg-stone-300">
          {t.officials.filterSubmit}
        </button>
      </div>
      <p id="officials-q-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {t.officials.filterHint}
      </p>
      {q && (
        <p className="mt-2 text-sm">
          <Link href="/officials" className="underline underline-offset-2">
            {t.officials.filterClear}
          </Link>
        </p>
      )}
    </form>
  );
}
