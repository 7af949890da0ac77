import { describe, expect, it } from "vitest";
import { mentionFinder, segmentText, type Phrase } from "./find-mentions";

const phrases: Phrase<string>[] = [
  { key: "kosherbayev", text: "Ермек Кошербаев", match: "exact" },
  { key: "kosherbayev", text: "Ермека Кошербаева", match: "exact" },
  { key: "kosherbayev", text: "Кошербаева", match: "exact" },
  { key: "landau", text: "Кристофером Ландау", match: "exact" },
  { key: "critical-minerals", text: "критических минералов", match: "stem" },
  { key: "critical-minerals", text: "критических * полезных ископаемых", match: "stem" },
  { key: "g20", text: "G20", match: "stem" },
  { key: "washington", text: "Вашингтон", match: "stem" },
];
const finder = mentionFinder(phrases);

function marked(text: string) {
  return segmentText(text, finder.find(text))
    .filter((s) => s.key)
    .map((s) => `${s.key}:${s.text}`);
}

describe("mentionFinder", () => {
  it("finds names by their stored forms, the longest form first", () => {
    expect(marked("Встреча Ермека Кошербаева с Кристофером Ландау. Кошербаева поддержали.")).toEqual([
      "kosherbayev:Ермека Кошербаева",
      "landau:Кристофером Ландау",
      "kosherbayev:Кошербаева",
    ]);
  });

  it("does not match a name form inside a longer word or in another case when exact", () => {
    expect(marked("Кошербаевым и Ландау")).toEqual([]);
  });

  it("finds topic phrasings in other case forms, with gaps, and abbreviations as written", () => {
    expect(marked("сотрудничество по критическим минералам и критических важных полезных ископаемых, саммит G20, но не g20")).toEqual([
      "critical-minerals:критическим минералам",
      "critical-minerals:критических важных полезных ископаемых",
      "g20:G20",
    ]);
  });

  it("finds places in any case", () => {
    expect(marked("в Вашингтоне, из Вашингтона")).toEqual(["washington:Вашингтоне", "washington:Вашингтона"]);
  });

  it("segments cover the whole text unchanged, markup characters included", () => {
    const text = "<b>Ермек Кошербаев</b> & «Вашингтон»";
    const segments = segmentText(text, finder.find(text));
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.key).map((s) => s.text)).toEqual(["Ермек Кошербаев", "Вашингтон"]);
  });
});
