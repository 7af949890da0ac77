/** Timeline rows grouped under year and month headings, keeping the order they came in. */
export interface YearGroup<T> {
  /** "2026", or null for undated meetings. */
  year: string | null;
  months: { month: string | null; entries: T[] }[];
}

/** `month` is "YYYY-MM", or null when only the year is known (or nothing). */
export function groupByMonth<T extends { date: string | null; datePrecision: string | null }>(entries: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const entry of entries) {
    const year = entry.date ? entry.date.slice(0, 4) : null;
    const month = entry.date && entry.datePrecision !== "year" ? entry.date.slice(0, 7) : null;
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.month !== month) y.months.push((m = { month, entries: [] }));
    m.entries.push(entry);
  }
  return years;
}
