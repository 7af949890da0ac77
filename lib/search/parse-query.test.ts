import { describe, expect, it } from "vitest";
import { SEARCH_QUERY_MAX } from "@/lib/validation/search-params";
import { parseQuery, SEARCH_TERMS_MAX } from "./parse-query";

const w = (...words: string[]) => ({ words, phrase: words.length > 1 });

describe("parseQuery", () => {
  it("reads words, phrases, OR and exclusions", () => {
    const q = parseQuery('Кошербаев "критических минералов" Рубио OR Ландау -Трамп -"Белый дом"');
    expect(q.all).toEqual([[w("Кошербаев")], [w("критических", "минералов")], [w("Рубио"), w("Ландау")]]);
    expect(q.none).toEqual([w("Трамп"), w("Белый", "дом")]);
  });

  it("accepts ИЛИ and | for OR and chains several alternatives", () => {
    expect(parseQuery("Токаев ИЛИ Трамп | Вэнс").all).toEqual([[w("Токаев"), w("Трамп"), w("Вэнс")]]);
  });

  it("treats a leading OR, a trailing OR and lower-case or as nothing special", () => {
    expect(parseQuery("OR Токаев OR").all).toEqual([[w("Токаев")]]);
    expect(parseQuery("oil or gas").all).toEqual([[w("oil")], [w("or")], [w("gas")]]);
  });

  it("closes an unbalanced quote at the end", () => {
    expect(parseQuery('"критических минералов').all).toEqual([[w("критических", "минералов")]]);
    expect(parseQuery('Ландау "').all).toEqual([[w("Ландау")]]);
  });

  it("reads Russian quotes as phrase quotes", () => {
    expect(parseQuery("«Самрук-Казына» Вашингтон").all).toEqual([[w("Самрук", "Казына")], [w("Вашингтон")]]);
  });

  it("splits hyphenated names into a phrase of their parts", () => {
    expect(parseQuery("Касым-Жомарт").all).toEqual([[w("Касым", "Жомарт")]]);
  });

  it("keeps only letters and digits: punctuation, SQL and markup are separators", () => {
    expect(parseQuery("!!! ??? ... ;;;").all).toEqual([]);
    expect(parseQuery("'; DROP TABLE \"Article\"; --").all).toEqual([[w("DROP")], [w("TABLE")], [w("Article")]]);
    expect(parseQuery("<script>alert(1)</script>").all).toEqual([[w("script", "alert", "1", "script")]]);
    expect(parseQuery("a:* & b | !c <-> d").all.flat().flatMap((t) => t.words)).toEqual(["a", "b", "c", "d"]);
  });

  it("a dash inside or alone is not an exclusion", () => {
    expect(parseQuery("Джексона - Вэника").all).toEqual([[w("Джексона")], [w("Вэника")]]);
    expect(parseQuery("Джексона - Вэника").none).toEqual([]);
  });

  it("caps the length and the number of terms", () => {
    const long = "минерал ".repeat(100);
    const q = parseQuery(long);
    expect(q.truncated).toBe(true);
    expect(q.text.length).toBeLessThanOrEqual(SEARCH_QUERY_MAX);
    expect(q.all.length).toBe(SEARCH_TERMS_MAX);
    expect(parseQuery("  Ландау \n\t Рубио ").text).toBe("Ландау Рубио");
  });

  it("gives an empty query for empty input", () => {
    expect(parseQuery("")).toEqual({ all: [], none: [], text: "", truncated: false });
  });
});
