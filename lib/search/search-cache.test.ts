import { describe, expect, it } from "vitest";
import { createSearchCache, lookUp } from "./search-cache";

describe("lookUp", () => {
  it("splits keys into what the cache holds and what it lacks, each missing key once", () => {
    const { stems } = createSearchCache();
    stems.set("визита", ["визит"]);
    const { found, missing } = lookUp(stems, ["визита", "визы", "визы", "визита"]);
    expect([...found]).toEqual([["визита", ["визит"]]]);
    expect(missing).toEqual(["визы"]);
  });

  it("finds nothing without a cache", () => {
    expect(lookUp(undefined, ["a", "b", "a"])).toEqual({ found: new Map(), missing: ["a", "b"] });
  });
});

describe("createSearchCache", () => {
  it("forgets the officials a word names after a minute, and keeps a word's lexemes", () => {
    const { words, stems } = createSearchCache();
    expect(words.ttl).toBe(60_000);
    expect(stems.ttl).toBe(0);
  });
});
