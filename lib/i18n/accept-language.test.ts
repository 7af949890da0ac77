import { describe, expect, it } from "vitest";
import { preferredLocale } from "./accept-language";

describe("preferredLocale", () => {
  it("takes the supported language with the highest weight", () => {
    expect(preferredLocale("en-US,en;q=0.9")).toBe("en");
    expect(preferredLocale("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ru");
    expect(preferredLocale("de-DE,de;q=0.9,en;q=0.5,ru;q=0.4")).toBe("en");
    expect(preferredLocale("ru;q=0.5, en;q=0.8")).toBe("en");
    expect(preferredLocale("kk-KZ, ru;q=0.9")).toBe("ru");
  });

  it("ignores languages it has no edition for and refused ones (q=0)", () => {
    expect(preferredLocale("de-DE,fr;q=0.8")).toBeNull();
    expect(preferredLocale("en;q=0, ru;q=0.1")).toBe("ru");
    expect(preferredLocale("*")).toBeNull();
    expect(preferredLocale("")).toBeNull();
    expect(preferredLocale(null)).toBeNull();
  });
});
