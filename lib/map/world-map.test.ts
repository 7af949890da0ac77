import { describe, expect, it } from "vitest";
import { MAP_HEIGHT, MAP_WIDTH, worldMap } from "./world-map";

describe("worldMap", () => {
  it("draws the countries and puts places where they are", () => {
    const map = worldMap();
    expect(map.land.length).toBeGreaterThan(10_000);
    expect(map.sides).toMatch(/^M/);
    const astana = map.project(71.45, 51.17);
    const washington = map.project(-77.04, 38.9);
    if (!astana || !washington) throw new Error("not projected");
    for (const [x, y] of [astana, washington]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(MAP_WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(MAP_HEIGHT);
    }
    expect(washington[0]).toBeLessThan(astana[0]); // west of
    expect(washington[1]).toBeGreaterThan(astana[1]); // south of
  });
});
