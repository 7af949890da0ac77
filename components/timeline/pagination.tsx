import { Link } from "@/components/ui/link";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { timelineHref, type TimelineQuery } from "@/lib/timeline/timeline-query";

/** Page numbers to offer: the first, the last and two either side of the current one. */
function pageWindow(current: number, total: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= total; p++) {
    if (p === 1 || p === total || Math.abs(p - current) <= 2) pages.push(p);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

export function Pagination({ query, pages, locale, t }: { query: TimelineQuery; pages: number; locale: Locale; t: Messages }) {
  if (pages <= 1) return null;
  const p = t.timeline.pagination;
  const link = "rounded px-2 py-1 hover:bg-stone-200 dark:hover:bg-stone-800";
  const href = (page: number) => timelineHref({ ...query, page });
  return (
    <nav aria-label={p.label} className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      {query.page > 1 ? (
        <Link href={href(query.page - 1)} locale={locale} rel="prev" className={link}>
          {p.previous}
        </Link>
      ) : (
        <span />
      )}
      <ul className="flex flex-wrap items-center gap-1">
        {pageWindow(query.page, pages).map((page, i) =>
          page === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-600 dark:text-stone-400">
              …
            </li>
          ) : (
            <li key={page}>
              {page === query.page ? (
                <span aria-current="page" className="rounded bg-stone-900 px-2 py-1 font-semibold text-white dark:bg-stone-100 dark:text-stone-900">
                  <span className="sr-only">{p.page(page, pages)}</span>
                  <span aria-hidden="true">{page}</span>
                </span>
              ) : (
                <Link href={href(page)} locale={locale} className={link} aria-label={p.page(page, pages)}>
                  {page}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {query.page < pages ? (
        <Link href={href(query.page + 1)} locale={locale} rel="next" className={link}>
          {p.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
