import { describe, expect, it } from "vitest";
import { isSurnameOnly, resolveSurnameOnly, surnameOf } from "./surname-only";

const kosherbayev = { id: 1, nameRu: "Ермек Кошербаев", surname: "кошербаев", countryCode: "KZ" };
const landau = { id: 2, nameRu: "Кристофер Ландау", surname: "ландау", countryCode: "US" };

describe("surname-only officials", () => {
  it("recognises a one-word name and lowercases the surname", () => {
    expect(isSurnameOnly("Кошербаев")).toBe(true);
    expect(isSurnameOnly("Ермек Кошербаев")).toBe(false);
    expect(surnameOf("Касым-Жомарт Токаев")).toBe("токаев");
  });

  it("resolves to the one stored official with that surname, of the same or an unknown country", () => {
    expect(resolveSurnameOnly("Кошербаев", "KZ", [kosherbayev, landau])).toBe(kosherbayev);
    expect(resolveSurnameOnly("Кошербаев", null, [kosherbayev, landau])).toBe(kosherbayev);
    expect(resolveSurnameOnly("Ландау", "US", [kosherbayev, { ...landau, countryCode: null }])?.id).toBe(2);
  });

  it("does not guess between namesakes, across countries, or from another surname-only row", () => {
    const namesake = { id: 3, nameRu: "Асхат Кошербаев", surname: "кошербаев", countryCode: "KZ" };
    expect(resolveSurnameOnly("Кошербаев", "KZ", [kosherbayev, namesake])).toBeNull();
    expect(resolveSurnameOnly("Кошербаев", "US", [kosherbayev])).toBeNull();
    expect(resolveSurnameOnly("Кошербаев", "KZ", [{ id: 4, nameRu: "Кошербаев", surname: "кошербаев", countryCode: "KZ" }])).toBeNull();
    expect(resolveSurnameOnly("Маст", "US", [kosherbayev, landau])).toBeNull();
  });
});
