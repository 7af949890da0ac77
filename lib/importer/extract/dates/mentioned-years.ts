/** Years the article itself names as when something happened (`в ноябре 2025 года`, `в 2026 году`),
 *  the evidence for inferring a year the text leaves out. Horizons (`до 2030 года`, `к 2035 году`,
 *  `на 2026–2028 годы`) say nothing about when the article was written and are skipped. */
const YEAR = /(^|[^\d])((?:19|20)\d{2})(?=\s*(?:года|году|год|г\.|гг\.|\)|,|\.|$))/g;
const HORIZON = /(?:^|\s)(?:до|к|по|на|через|–|—|-)\s*$/;

export function mentionedYears(texts: readonly string[]): number[] {
  const counts = new Map<number, number>();
  for (const text of texts) {
    for (const m of text.matchAll(YEAR)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + (m[1]?.length ?? 0));
      if (HORIZON.test(before)) continue;
      const year = Number(m[2]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  return [...counts.keys()].sort((a, b) => a - b);
}
