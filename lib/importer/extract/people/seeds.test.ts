import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractPeople, loadPeopleLanguage } from "./index";
import { sentencesOf } from "./test-sentences";

const seed = (name: string) =>
  readFileSync(path.join(__dirname, "../../../../seeds", name), "utf8").replace(/^\s*date \S+\s*/, "");

beforeAll(() => loadPeopleLanguage());

const summary = (text: string) =>
  extractPeople(sentencesOf(text, true)).officials.map((o) => ({
    name: o.name,
    country: o.country,
    positions: o.positions.map((p) => p.title),
  }));

describe("seed 000 (wire layout)", () => {
  it("finds every official with the title they are given, in the nominative", () => {
    expect(summary(seed("000_c61c0215de82188b.txt"))).toEqual([
      { name: "Ермек Кошербаев", country: "KZ", positions: ["Министр иностранных дел Казахстана"] },
      { name: "Кристофер Ландау", country: "US", positions: ["первый заместитель госсекретаря США"] },
      { name: "Касым-Жомарт Токаев", country: "KZ", positions: ["Президент РК"] },
      { name: "Марко Рубио", country: "US", positions: ["Государственный секретарь США"] },
      { name: "Джей Ди Вэнс", country: "US", positions: ["Вице-президент США"] },
    ]);
  });

  it("links surname-only mentions and bare titles to the person", () => {
    const sentences = sentencesOf(seed("000_c61c0215de82188b.txt"), true);
    const { mentions } = extractPeople(sentences);
    const at = (fragment: string) => mentions.filter((m) => sentences[m.sentence]?.text.includes(fragment));
    expect(at("В свою очередь, Ландау").map((m) => [m.official, m.surnameOnly])).toEqual([["Кристофер Ландау", true]]);
    expect(at("В рамках заседания Кошербаев").map((m) => [m.official, m.surnameOnly])).toEqual([["Ермек Кошербаев", true]]);
    expect(at("Глава ведомства подчеркнул").map((m) => [m.official, m.viaTitle])).toEqual([["Ермек Кошербаев", true]]);
    expect(at("Касым-Жомарта").find((m) => !m.viaTitle)?.possibleCases).toEqual(["gent", "accs"]);
    const landau = at("обсудил перспективы").find((m) => m.official === "Кристофер Ландау");
    expect(landau).toMatchObject({ grammaticalCase: "ablt", preposition: "с" });
    expect(landau?.position?.key).toBe("первый заместитель государственного секретаря сша");
  });

  it("gives the three spellings of the foreign minister's post one key", () => {
    const { officials } = extractPeople(sentencesOf(seed("000_c61c0215de82188b.txt"), true));
    const minister = officials.find((o) => o.name === "Ермек Кошербаев");
    expect(minister?.positions.map((p) => p.key)).toEqual(["министр иностранных дел казахстана"]);
    expect(minister?.nameLatin).toBe("Yermek Kosherbayev");
  });
});

describe("seed 004 (page layout)", () => {
  it("finds the minister and both legislators", () => {
    expect(summary(seed("004_e99164ff4d74dee4.txt"))).toEqual([
      { name: "Ермек Кошербаев", country: "KZ", positions: ["Министр иностранных дел РК"] },
      {
        name: "Брайан Маст",
        country: "US",
        positions: ["председатель Комитета по международным отношениям палаты представителей США", "конгрессмен"],
      },
      { name: "Стив Дэйнс", country: "US", positions: ["сенатор"] },
    ]);
  });

  it("does not take the Jackson–Vanik amendment for people", () => {
    const names = extractPeople(sentencesOf(seed("004_e99164ff4d74dee4.txt"))).officials.map((o) => o.name);
    expect(names).not.toContain("Джексон");
    expect(names).not.toContain("Вэник");
  });

  it("keys the minister's post the same as in seed 000", () => {
    const { officials } = extractPeople(sentencesOf(seed("004_e99164ff4d74dee4.txt")));
    expect(officials[0]?.positions[0]?.key).toBe("министр иностранных дел казахстана");
    expect(officials.find((o) => o.name === "Стив Дэйнс")?.positions[0]?.key).toBe("сенатор сша");
  });
});
