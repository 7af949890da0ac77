import { Link } from "@/components/ui/link";

export interface YearColumn<R> {
  key: string;
  label: string;
  /** The cell's number and the timeline view that lists those meetings, when the timeline can filter them so. */
  value: (row: R) => { n: number; href?: string };
  strong?: boolean;
}

/**
 * Numbers per year as a plain table (readable with no JavaScript, by screen readers and in print): the
 * year heads each row, a number links to its meetings on the timeline where the timeline can list them. Wider than a phone, it scrolls
 * sideways inside a focusable region rather than widening the page.
 */
export function YearTable<R extends { year: number }>({
  caption,
  yearLabel,
  columns,
  rows,
  yearHref,
  scrollHint,
  format,
}: {
  caption: string;
  yearLabel: string;
  columns: YearColumn<R>[];
  rows: R[];
  yearHref: (row: R) => string;
  scrollHint: string;
  format: (n: number) => string;
}) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={`${caption}. ${scrollHint}`} tabIndex={0}>
      <table className="w-full border-collapse text-right text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b-2 border-stone-800 dark:border-stone-300">
          <tr>
            <th scope="col" className="py-2 pr-3 text-left font-semibold">
              {yearLabel}
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="px-2 py-2 align-bottom font-semibold">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year} className="border-b border-stone-200 dark:border-stone-800">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                <Link href={yearHref(row)} className="hover:underline">
                  {row.year}
                </Link>
              </th>
              {columns.map((c) => {
                const { n, href } = c.value(row);
                return (
                  <td key={c.key} className={`px-2 py-1.5 ${c.strong ? "font-semibold" : ""}`}>
                    {n === 0 ? (
                      <span className="text-stone-500 dark:text-stone-400">0</span>
                    ) : href ? (
                      <Link href={href} className="text-sky-800 hover:underline dark:text-sky-300">
                        {format(n)}
                      </Link>
                    ) : (
                      format(n)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
