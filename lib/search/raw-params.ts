import type { RawSearchParams } from "@/lib/validation/search-params";

/** URL query → the record the search schema reads (repeated keys become lists). */
export function rawParams(query: URLSearchParams): RawSearchParams {
  const out: RawSearchParams = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}
