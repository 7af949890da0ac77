import { describe, expect, it } from "vitest";
import { toSegments } from "./highlight";

describe("toSegments", () => {
  it("splits the headline into plain and matched runs", () => {
    expect(toSegments("с \u0002Ермеком\u0003 \u0002Кошербаевым\u0003 в Астане")).toEqual([
      { text: "с ", hit: false },
      { text: "Ермеком", hit: true },
      { text: " ", hit: false },
      { text: "Кошербаевым", hit: true },
      { text: " в Астане", hit: false },
    ]);
  });

  it("keeps markup as text and survives unbalanced markers", () => {
    expect(toSegments("<b>x</b>")).toEqual([{ text: "<b>x</b>", hit: false }]);
    expect(toSegments("\u0002open")).toEqual([{ text: "open", hit: true }]);
    expect(toSegments("")).toEqual([]);
  });
});
