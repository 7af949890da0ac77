import { Link } from "@/components/ui/link";
import type { Messages } from "@/lib/i18n/messages";
import { searchUrl } from "@/lib/search/search-url";
import type { SearchParams } from "@/lib/validation/search-params";
import { SEARCH_PAGE_MAX } from "@/lib/validation/search-params";

export function Pagination({ params, pageCount, t }: { params: SearchParams; pageCount: number; t: Messages }) {
  const last = Math.min(pageCount, SEARCH_PAGE_MAX);
  if (last <= 1) return null;
  const page = params.page;
  return (
    <nav aria-label={t.search.pagination} className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link rel="prev" href={searchUrl(params, { page: Math.min(page - 1, last) })} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
          {t.search.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600 dark:text-stone-400">{t.search.pageOf(Math.min(page, last), last)}</span>
      {page < last ? (
        <Link rel="next" href={searchUrl(params, { page: page + 1 })} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
          {t.search.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
