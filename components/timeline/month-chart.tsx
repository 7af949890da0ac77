import { formatDate, formatMonthShort } from "@/lib/i18n/format-date";
import { xmlEscape } from "@/lib/feeds/xml";
import { localePath } from "@/lib/i18n/locale-path";
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

/** A bar's width in its month's column (one unit of the drawing), centred, leaving a gap between bars. */
const BAR = 0.84;

/** The bars of the given months as one path (x: the month's column, height: its share of the tallest). */
function barsPath(bars: { i: number; height: number }[]): string {
  return bars.map((b) => `M${b.i + (1 - BAR) / 2} 100v-${b.height}h${BAR}v${b.height}z`).join("");
}

/**
 * Meetings per month as bars, each month that has any a link that filters the timeline to it; the chosen
 * date range stands out. Static SVG drawn on the server: the bars are one path (two when a range is
 * chosen), and each month is an `<a>` over its whole column, named by its `<title>` (month and count) for
 * pointer and screen-reader users alike. The drawing goes to the page as markup: 17 years are 204 months,
 * and as React elements — first HTML bars, each a Next link — they were the largest part of the home
 * page's payload (sent twice, as HTML and as React's data) and of the work of rendering it; as one string
 * React passes them through. Only the labelled months get axis text.
 */
export function MonthChart({ histogram, query, locale, t }: { histogram: MonthHistogram; query: TimelineQuery; locale: Locale; t: Messages }) {
  const first = histogram.months[0];
  const last = histogram.months.at(-1);
  if (!first || !last) return null;
  const counts = new Map(histogram.months.map((m) => [m.month, m.count]));
  const months = allMonths(first.month, last.month);
  const max = Math.max(...histogram.months.map((m) => m.count));
  const { from, to } = query.filters;
  const ranged = Boolean(from || to);
  const inRange = (month: string) => {
    const r = monthRange(month);
    return (!from || r.to >= from) && (!to || r.from <= to);
  };
  const bars = months.flatMap((month, i) => {
    const count = counts.get(month) ?? 0;
    return count > 0 ? [{ month, i, count, height: Math.max(4, Math.round((count / max) * 1000) / 10), on: ranged && inRange(month) }] : [];
  });
  // Month names under the bars as far as they fit: every month up to a year, then quarters, then
  // half-years; past eight years only the years.
  const stride = months.length <= 12 ? 1 : months.length <= 36 ? 3 : months.length <= 96 ? 6 : 0;
  const labels = months.flatMap((month, i) => {
    const year = i === 0 || month.endsWith("-01") ? month.slice(0, 4) : null;
    const name = stride > 0 && (Number(month.slice(5)) - 1) % stride === 0 ? formatMonthShort(month, locale) : null;
    return year || name ? [{ month, left: `${(i / months.length) * 100}%`, year, name }] : [];
  });
  // A column at most 3rem wide, as the bars stood before: a few months do not stretch across the page.
  const maxWidth = `${months.length * 3}rem`;
  // Each month's link under its bar (bars deaf to the pointer: a bar hovered is its column's link hovered).
  const links = bars.map((b) => {
    const href = localePath(locale, withFilters(query, monthRange(b.month)));
    const label = t.timeline.chart.bar(formatDate(`${b.month}-01`, "month", locale), b.count);
    return `<a href="${xmlEscape(href)}"><title>${xmlEscape(label)}</title><rect x="${b.i}" width="1" height="100"/></a>`;
  });
  const drawing =
    `<path d="M0 100H${months.length}" class="chart-base"/>${links.join("")}` +
    `<path d="${barsPath(bars.filter((b) => !b.on))}" class="chart-bars${ranged ? " chart-off" : ""}"/>` +
    (ranged ? `<path d="${barsPath(bars.filter((b) => b.on))}" class="chart-bars chart-on"/>` : "");
  return (
    <figure aria-labelledby="chart-title" className="rounded border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="chart-title" className="font-serif text-base font-semibold">
          {t.timeline.chart.title}
        </h2>
        <span className="text-xs text-stone-600 dark:text-stone-400">{t.timeline.chart.hint}</span>
      </figcaption>
      {/* The drawing as markup (xmlEscape'd), not as React elements: see above. */}
      <svg
        viewBox={`0 0 ${months.length} 100`}
        preserveAspectRatio="none"
        role="group"
        aria-labelledby="chart-title"
        className="month-chart"
        style={{ maxWidth }}
        data-testid="month-chart"
        dangerouslySetInnerHTML={{ __html: drawing }}
      />
      <div aria-hidden="true" className="chart-axis" style={{ maxWidth }} data-testid="chart-axis">
        {labels.map((l) => (
          <span key={l.month} style={{ left: l.left }}>
            <span>{l.name}</span>
            <span>{l.year}</span>
          </span>
        ))}
      </div>
      {histogram.unplaced > 0 && <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{t.timeline.chart.unplaced(histogram.unplaced)}</p>}
    </figure>
  );
}
