import { Link } from "@/components/ui/link";

export interface PagerLabels {
  label: (list: string) => string;
  earlier: string;
  later: string;
  page: (n: number, total: number) => string;
}

/**
 * Pages of a newest-first list as plain links (no JavaScript needed): "later" goes to the previous page,
 * "earlier" to the next. `param` is the page's query parameter; `query` keeps the others; the link lands
 * on `anchor`. Nothing is shown when everything fits on one page.
 */
export function Pager({
  path,
  page,
  pages,
  param,
  query,
  anchor,
  listName,
  labels,
}: {
  path: string;
  page: number;
  pages: number;
  param: string;
  query: Record<string, string>;
  anchor: string;
  listName: string;
  labels: PagerLabels;
}) {
  if (pages <= 1) return null;
  const href = (n: number) => {
    const params = new URLSearchParams(query);
    if (n === 1) params.delete(param);
    else params.set(param, String(n));
    const search = params.toString();
    return `${path}${search ? `?${search}` : ""}#${anchor}`;
  };
  const link = "rounded border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";
  return (
    <nav aria-label={labels.label(listName)} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className={link} rel="prev">
          ← {labels.later}
        </Link>
      )}
      <span className="text-stone-600 dark:text-stone-400" aria-current="page">
        {labels.page(page, pages)}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} className={link} rel="next">
          {labels.earlier} →
        </Link>
      )}
    </nav>
  );
}
