import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import places from "@/lib/importer/extract/meetings/places.json";
import { BENCH_CITIES } from "@/lib/bench/seed/bench-article";
import { PLACE_LOCATIONS, REGIONS } from "./place-locations";

/** Meeting places and datelines the evaluation articles expect (tests/fixtures/eval/*.json). */
function evaluationPlaces(): string[] {
  const dir = path.join(import.meta.dirname, "../../tests/fixtures/eval");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => [...readFileSync(path.join(dir, f), "utf8").matchAll(/"(?:place|dateline)": "([^"]+)"/g)].map((m) => m[1] as string));
}

describe("place locations", () => {
  const named = new Set([
    ...places.declinable,
    ...places.indeclinable,
    ...Object.keys(places.extraForms),
    ...Object.values(places.seatOf),
    ...BENCH_CITIES.map((c) => c.nom),
    ...evaluationPlaces(),
  ]);

  it("has a point for every place the importer and the benchmark can name, except regions wider than a country", () => {
    const missing = [...named].filter((name) => !PLACE_LOCATIONS[name] && !REGIONS.has(name));
    expect(missing).toEqual([]);
  });

  it("puts every Kazakh place in Kazakhstan", () => {
    for (const name of places.kazakhstan) expect(PLACE_LOCATIONS[name]?.country, name).toBe("KZ");
  });

  it("keeps points on the globe", () => {
    for (const [name, p] of Object.entries(PLACE_LOCATIONS)) {
      expect(Math.abs(p.lat), name).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon), name).toBeLessThanOrEqual(180);
    }
  });
});
