import { describe, expect, it } from "vitest";
import { pressName, pressNameInEnglish } from "./press-name";

describe("press names in English", () => {
  it.each([
    ["Казинформ", "Kazinform"],
    ["ИТАР-ТАСС", "ITAR-TASS"],
    ["пресс-служба МИД РК", "press service of the Ministry of Foreign Affairs of Kazakhstan"],
    ["пресс-служба Акорды", "press service of Akorda"],
    ["Пресс-служба Сената", "press service of the Senate"],
  ])("%s → %s", (name, english) => expect(pressNameInEnglish(name)).toBe(english));

  it("knows nothing it was not told, and leaves Latin names and the Russian edition alone", () => {
    expect(pressNameInEnglish("Звезда Прииртышья")).toBeNull();
    expect(pressName("Звезда Прииртышья", null, "en")).toBe("Звезда Прииртышья");
    expect(pressName("Tengrinews.kz", null, "en")).toBe("Tengrinews.kz");
    expect(pressName("Казинформ", null, "ru")).toBe("Казинформ");
    expect(pressName("Казинформ", "Kazinform International", "en")).toBe("Kazinform International");
  });
});
