import type { YearCount } from "@/lib/queries/meetings/list-meetings-of";

/**
 * Several per-year series on one axis: every year from the first to the last (gaps shown as zero, so
 * quiet years are visible), then an undated row when any series has undated items.
 */
export function yearRows(series: YearCount[][]): { year: number | null; counts: number[] }[] {
  const years = series.flat().flatMap((c) => (c.year === null ? [] : [c.year]));
  const rows: { year: number | null; counts: number[] }[] = [];
  const countOf = (s: YearCount[], year: number | null) => s.find((c) => c.year === year)?.count ?? 0;
  if (years.length > 0) {
    for (let y = Math.min(...years); y <= Math.max(...years); y++) rows.push({ year: y, counts: series.map((s) => countOf(s, y)) });
  }
  const undated = series.map((s) => countOf(s, null));
  if (undated.some((n) => n > 0)) rows.push({ year: null, counts: undated });
  return rows;
}
