import { describe, expect, it } from "vitest";
import { buildTsquery, type WordAnalysis } from "./build-tsquery";
import { parseQuery } from "./parse-query";

const analysis = new Map<string, WordAnalysis>([
  ["Кошербаевым", { lexemes: ["кошербаев"], nameLexemes: ["кошерба", "кошербаев"] }],
  ["минералы", { lexemes: ["минера", "минерал"], nameLexemes: [] }],
  ["критических", { lexemes: ["критическ"], nameLexemes: [] }],
  ["в", { lexemes: [], nameLexemes: [] }],
  ["США", { lexemes: ["сша"], nameLexemes: [] }],
  ["Вашингтоне", { lexemes: ["вашингтон"], nameLexemes: [] }],
  ["Трамп", { lexemes: ["трамп"], nameLexemes: [] }],
  ["Landau", { lexemes: ["landau"], nameLexemes: ["ландау"] }],
  ["bad", { lexemes: ["x' | y"], nameLexemes: [] }],
]);

describe("buildTsquery", () => {
  it("joins the word's lexemes with the lexemes of every case form of the official named", () => {
    expect(buildTsquery(parseQuery("Кошербаевым"), analysis)).toBe("('кошербаев' | 'кошерба')");
  });

  it("makes phrases with distances that skip stop words, OR groups and exclusions", () => {
    expect(buildTsquery(parseQuery('"критических минералы" Landau OR Трамп -"в США"'), analysis)).toBe(
      "('критическ' <-> ('минера' | 'минерал')) & (('landau' | 'ландау') | 'трамп') & !('сша')",
    );
    expect(buildTsquery(parseQuery('"минералы в Вашингтоне"'), analysis)).toBe("(('минера' | 'минерал') <2> 'вашингтон')");
  });

  it("without phrases asks only for a phrase's words, and leaves an excluded phrase to the document check", () => {
    expect(buildTsquery(parseQuery('"критических минералы" Landau -"в США" -Трамп'), analysis, false)).toBe(
      "('критическ' & ('минера' | 'минерал')) & ('landau' | 'ландау') & !'трамп'",
    );
  });

  it("returns null when nothing searchable is left", () => {
    expect(buildTsquery(parseQuery("в"), analysis)).toBeNull();
    expect(buildTsquery(parseQuery("-Трамп"), analysis)).toBeNull();
    expect(buildTsquery(parseQuery("???"), analysis)).toBeNull();
    expect(buildTsquery(parseQuery("неизвестное"), analysis)).toBeNull();
  });

  it("never lets a lexeme with operator characters into the query", () => {
    expect(buildTsquery(parseQuery("bad"), analysis)).toBeNull();
  });
});
