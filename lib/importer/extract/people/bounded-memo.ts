/**
 * Memoises a pure function of text. The importer runs over corpora of any size, so the cache is
 * bounded: past `limit` entries it starts afresh rather than growing with the corpus.
 */
export function boundedMemo<A extends unknown[], R>(
  compute: (...args: A) => R,
  key: (...args: A) => string = (...args) => String(args[0]),
  limit = 50_000,
): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const k = key(...args);
    // One lookup on a hit; `has` only for a value that is itself undefined.
    const hit = cache.get(k);
    if (hit !== undefined || cache.has(k)) return hit as R;
    const value = compute(...args);
    if (cache.size >= limit) cache.clear();
    cache.set(k, value);
    return value;
  };
}
