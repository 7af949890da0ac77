import { describe, expect, it } from "vitest";
import { layoutNetwork, NETWORK_HEIGHT, NETWORK_WIDTH, placeNodes } from "./layout-network";

const input = {
  nodes: Array.from({ length: 30 }, (_, i) => ({ id: i + 1, weight: 30 - i })),
  links: Array.from({ length: 29 }, (_, i) => ({ a: 1, b: i + 2, weight: 1 + (i % 4) })),
};

describe("layoutNetwork", () => {
  it("places every official inside the drawing, the busiest largest", () => {
    const placed = layoutNetwork(input);
    expect(placed).toHaveLength(30);
    for (const n of placed) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(NETWORK_WIDTH);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(NETWORK_HEIGHT);
    }
    expect(placed[0]?.r).toBeGreaterThan(placed[29]?.r ?? Infinity);
  });

  it("comes out the same every time", () => {
    expect(placeNodes(input)).toEqual(placeNodes(input));
  });

  it("runs once per distinct input: an equal one gets the layout already made", () => {
    const first = layoutNetwork(input);
    expect(layoutNetwork(structuredClone(input))).toBe(first);
    expect(layoutNetwork({ ...input, links: input.links.slice(1) })).not.toBe(first);
  });

  it("draws one official alone and nothing for no one", () => {
    expect(layoutNetwork({ nodes: [{ id: 1, weight: 3 }], links: [] })).toHaveLength(1);
    expect(layoutNetwork({ nodes: [], links: [] })).toEqual([]);
  });
});
