import type { YearCount } from "@/lib/queries/meetings/list-meetings-of";
import { yearRows } from "./year-rows";

const BAR_COLOURS = ["bg-sky-700 dark:bg-sky-400", "bg-stone-400 dark:bg-stone-500"];

/**
 * Counts per year as a table with a bar beside each number: readable as a table by screen readers and
 * as a chart by eye. Series share one scale so meetings and articles compare honestly.
 */
export function YearBars({
  caption,
  yearLabel,
  undatedLabel,
  series,
}: {
  caption: string;
  yearLabel: string;
  undatedLabel: string;
  series: { label: string; counts: YearCount[] }[];
}) {
  const rows = yearRows(series.map((s) => s.counts));
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.flatMap((r) => r.counts));
  return (
    <table className="w-full max-w-xl text-sm tabular-nums">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-left text-xs text-stone-600 dark:text-stone-400">
        <tr>
          <th scope="col" className="w-24 pb-1 font-medium">
            {yearLabel}
          </th>
          {series.map((s, i) => (
            <th key={s.label} scope="col" className="pb-1 font-medium">
              <span aria-hidden="true" className={`mr-1.5 inline-block h-2 w-2 rounded-sm ${BAR_COLOURS[i]}`} />
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.year ?? "undated"} className="border-t border-stone-200 dark:border-stone-800">
            <th scope="row" className="py-1 pr-3 text-left font-medium">
              {r.year ?? undatedLabel}
            </th>
            {r.counts.map((n, i) => (
              <td key={i} className="py-1 pr-3">
                <span className="flex items-center gap-2">
                  <span className="w-8 text-right">{n}</span>
                  <span aria-hidden="true" className="h-2 flex-1">
                    <span className={`block h-2 rounded-sm ${BAR_COLOURS[i]}`} style={{ width: `${(n / max) * 100}%` }} />
                  </span>
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
