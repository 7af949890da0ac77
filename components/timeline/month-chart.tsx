import { Link } from "@/components/ui/link";
import { formatDate, formatMonthShort } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { MonthHistogram } from "@/lib/queries/meetings/month-histogram";
import { monthRange, withFilters, type TimelineQuery } from "@/lib/timeline/timeline-query";

/** Every month from the first to the last, the empty ones included, so gaps in contact show as gaps. */
function allMonths(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Meetings per month as bars, each bar a link that filters the timeline to its month. Plain HTML bars:
 * every bar is a named link (month and count) for keyboard and screen-reader users; the chosen date
 * range stands out.
 */
export function MonthChart({ histogram, query, locale, t }: { histogram: MonthHistogram; query: TimelineQuery; locale: Locale; t: Messages }) {
  const first = histogram.months[0];
  const last = histogram.months.at(-1);
  if (!first || !last) return null;
  const counts = new Map(histogram.months.map((m) => [m.month, m.count]));
  const months = allMonths(first.month, last.month);
  const max = Math.max(...histogram.months.map((m) => m.count));
  const { from, to } = query.filters;
  const inRange = (month: string) => {
    const r = monthRange(month);
    return (!from || r.to >= from) && (!to || r.from <= to);
  };
  const ranged = Boolean(from || to);
  // Month names under the bars as far as they fit: every month up to a year, then quarters, then
  // half-years; past eight years only the years.
  const stride = months.length <= 12 ? 1 : months.length <= 36 ? 3 : months.length <= 96 ? 6 : 0;
  return (
    <figure aria-labelledby="chart-title" className="rounded border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="chart-title" className="font-serif text-base font-semibold">
          {t.timeline.chart.title}
        </h2>
        <span className="text-xs text-stone-600 dark:text-stone-400">{t.timeline.chart.hint}</span>
      </figcaption>
      <ol className={`flex h-32 items-stretch gap-px${ranged ? " chart-ranged" : ""}`} data-testid="month-chart">
        {months.map((month, i) => {
          const count = counts.get(month) ?? 0;
          const label = t.timeline.chart.bar(formatDate(`${month}-01`, "month", locale), count);
          const highlighted = ranged && inRange(month);
          const showYear = i === 0 || month.endsWith("-01");
          const showMonth = stride > 0 && (Number(month.slice(5)) - 1) % stride === 0;
          // The title names the bar for pointer and screen-reader users alike (a link's accessible name).
          return (
            <li key={month} className="chart-month">
              {count > 0 ? (
                <Link href={withFilters(query, monthRange(month))} title={label} className="chart-link">
                  <span className={highlighted ? "chart-bar chart-on" : "chart-bar"} style={{ height: `${Math.max(4, Math.round((count / max) * 1000) / 10)}%` }} />
                </Link>
              ) : (
                <span className="chart-gap" title={label} />
              )}
              <span aria-hidden="true" className="chart-axis" data-testid="chart-axis">
                <span>{showMonth ? formatMonthShort(month, locale) : ""}</span>
                <span>{showYear ? month.slice(0, 4) : ""}</span>
              </span>
            </li>
          );
        })}
      </ol>
      {histogram.unplaced > 0 && <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{t.timeline.chart.unplaced(histogram.unplaced)}</p>}
    </figure>
  );
}
