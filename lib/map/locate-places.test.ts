import { describe, expect, it } from "vitest";
import { locatePlaces } from "./locate-places";

const place = (nameRu: string, meetings: number) => ({ nameRu, nameEn: null, meetings, latest: null });

describe("locatePlaces", () => {
  it("keeps places without a point apart, in their order, rather than dropping them", () => {
    const { located, unlocated } = locatePlaces([place("Вашингтон", 5), place("Европа", 3), place("Атлантида", 1), place("Астана", 1)]);
    expect(located.map((p) => [p.nameRu, p.location.country])).toEqual([
      ["Вашингтон", "US"],
      ["Астана", "KZ"],
    ]);
    expect(unlocated.map((p) => p.nameRu)).toEqual(["Европа", "Атлантида"]);
  });
});
