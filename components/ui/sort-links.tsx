import { Link } from "@/components/ui/link";
import type { Messages } from "@/lib/i18n/messages";
import { LIST_SORTS, type ListSort } from "@/lib/validation/page-params";

/** An index's orders as plain links (server-rendered, no JavaScript): the current one marked, not linked. */
export function SortLinks({ current, hrefFor, t }: { current: ListSort; hrefFor: (sort: ListSort) => string; t: Messages }) {
  return (
    <nav aria-label={t.sortLabel} className="mt-4 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm" data-testid="sort-links">
      <span className="text-stone-600 dark:text-stone-400">{t.sortLabel}:</span>
      {LIST_SORTS.map((sort) =>
        sort === current ? (
          <span key={sort} aria-current="true" className="font-semibold">
            {t.sort[sort]}
          </span>
        ) : (
          <Link key={sort} href={hrefFor(sort)} className="text-sky-800 underline underline-offset-2 hover:decoration-2 dark:text-sky-300">
            {t.sort[sort]}
          </Link>
        ),
      )}
    </nav>
  );
}
