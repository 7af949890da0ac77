import { describe, expect, it } from "vitest";
import { akimSeat, akimTerritory } from "./akim-seats";

const seat = (...positions: (string | null)[]) => akimSeat(positions)?.place ?? null;

describe("where an akim receives", () => {
  it("places a meeting in the city an akim heads or in his region's seat", () => {
    expect(seat("Посол США", "Аким Атырауской области")).toBe("Атырау");
    expect(seat("аким Восточно-Казахстанской области")).toBe("Усть-Каменогорск");
    expect(seat("Аким области Абай")).toBe("Семей");
    expect(seat("аким области Жетісу")).toBe("Талдыкорган");
    expect(seat("аким Алматы")).toBe("Алматы");
    expect(seat("Аким Нур-Султана")).toBe("Нур-Султан");
    expect(seat("аким столицы")).toBe("Астана");
  });

  it("places nothing for a deputy's post, another official, or a region whose seat moved (Almaty region)", () => {
    expect(seat("заместитель акима области")).toBeNull();
    expect(seat("министр энергетики", null)).toBeNull();
    expect(seat("аким Алматинской области")).toBeNull();
  });
  it("names the seat of the region or the city an akim heads, for a trip to «область» or «город», and the region when it is named", () => {
    expect(akimTerritory(["Посол США", "Аким Кызылординской области"], "область")).toBe("Кызылорда");
    expect(akimTerritory(["Посол США", "Аким Кызылординской области"], "region")).toBe("Кызылординская область");
    expect(akimTerritory(["аким области Улытау"], "region")).toBe("область Улытау");
    expect(akimTerritory(["аким Алматы"], "город")).toBe("Алматы");
    expect(akimTerritory(["аким Алматы"], "область")).toBeNull();
    expect(akimTerritory(["аким Атырауской области"], "город")).toBeNull();
  });
});
