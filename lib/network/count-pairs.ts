/** Two officials and the meetings they were at together. `a` < `b` (ids). */
export interface OfficialPair {
  a: number;
  b: number;
  meetings: number;
  /** YYYY-MM-DD of the latest dated one, if any is dated. */
  latest: string | null;
}

/**
 * Every pair of officials at the same meeting, counted over the meetings given (each as its
 * participants' ids and its date), most meetings first, then latest first.
 */
export function countPairs(meetings: { officials: number[]; date: string | null }[]): OfficialPair[] {
  const pairs = new Map<string, OfficialPair>();
  for (const { officials, date } of meetings) {
    const ids = [...new Set(officials)].sort((x, y) => x - y);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}-${ids[j]}`;
        const pair = pairs.get(key) ?? { a: ids[i] as number, b: ids[j] as number, meetings: 0, latest: null };
        pair.meetings += 1;
        if (date && (!pair.latest || date > pair.latest)) pair.latest = date;
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].sort((x, y) => y.meetings - x.meetings || (y.latest ?? "").localeCompare(x.latest ?? "") || x.a - y.a || x.b - y.b);
}
