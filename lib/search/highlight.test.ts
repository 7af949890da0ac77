import { describe, expect, it } from "vitest";
import { candidatePattern, findCandidates, highlighter, type Segment } from "./highlight";

const marked = (segments: Segment[]) => segments.filter((s) => s.hit).map((s) => s.text);
const plain = (segments: Segment[]) => segments.map((s) => s.text).join("");
const candidateWords = (pattern: RegExp, texts: string[]) => [...new Set(texts.flatMap((t) => findCandidates(pattern, t).map((c) => c.word)))];

describe("candidatePattern and findCandidates", () => {
  it("finds every word that begins with a lexeme, whatever its case, ё or Kazakh letters", () => {
    const pattern = candidatePattern(["кошербаев", "минера"])!;
    expect(candidateWords(pattern, ["Ермек Кошербаевым и КОШЕРБАЕВ; минералы, Минерального", "Қошербаев Кошербаёв"])).toEqual([
      "кошербаевым",
      "кошербаев",
      "минералы",
      "минерального",
      "қошербаев",
      "кошербаёв",
    ]);
  });

  it("takes only whole words from their start, a hyphenated part included", () => {
    const pattern = candidatePattern(["президент"])!;
    expect(candidateWords(pattern, ["вицепрезидент вице-президент президентом"])).toEqual(["президент", "президентом"]);
  });

  it("lets a Latin lexeme's last letter differ, as English stems change it", () => {
    const pattern = candidatePattern(["polici", "hope", "usa"])!;
    expect(candidateWords(pattern, ["Policy, policies, hoping, USA, Café"])).toEqual(["policy", "policies", "hoping", "usa"]);
    expect(candidateWords(candidatePattern(["cafe"])!, ["Café"])).toEqual(["café"]);
  });

  it("has no pattern without a lexeme of letters and digits", () => {
    expect(candidatePattern([])).toBeNull();
    expect(candidatePattern(["a.*", ""])).toBeNull();
  });
});

describe("highlighter", () => {
  const terms = [["кошербаев"], ["минера", "минерал"]];
  const stems = new Map([
    ["кошербаевым", ["кошербаев"]],
    ["минералы", ["минера"]],
    ["минеральный", ["минеральн"]],
  ]);
  const pattern = candidatePattern(terms.flat());
  const highlight = highlighter(terms, stems);
  const marks = {
    all: (text: string) => highlight.all(text, findCandidates(pattern, text)),
    snippet: (text: string) => highlight.snippet(text, findCandidates(pattern, text)),
  };

  it("marks only the words the database stemmed to a query lexeme", () => {
    expect(marked(marks.all("Кошербаевым о минералах: минералы, минеральный"))).toEqual(["Кошербаевым", "минералы"]);
  });

  it("keeps every character of the text, markup included, as text", () => {
    const text = '<b>Кошербаевым</b> & "минералы"';
    expect(plain(marks.all(text))).toBe(text);
  });

  it("shows the opening of the text when nothing in it matches", () => {
    const text = `Первая фраза статьи. ${"слово ".repeat(80)}`;
    const snippet = marks.snippet(text);
    expect(marked(snippet)).toEqual([]);
    expect(plain(snippet).startsWith("Первая фраза статьи.")).toBe(true);
    expect(plain(snippet).length).toBeLessThanOrEqual(220);
  });

  it("prefers the passage with more of the query's words, and adds a second one around other matches", () => {
    const filler = (n: number) => "Текст о другом. ".repeat(n);
    const text = `${filler(40)}Говорил Кошербаевым. ${filler(60)}Кошербаевым обсуждены минералы. ${filler(60)}Снова Кошербаевым. ${filler(40)}`;
    const snippet = marks.snippet(text);
    const passages = plain(snippet).split(" … ");
    expect(passages).toHaveLength(2);
    // The best passage, and of the two equal others the earlier one, shown in the article's order.
    expect(passages[0]).toMatch(/^Говорил Кошербаевым\./);
    expect(passages[1]).toMatch(/^Кошербаевым обсуждены минералы\./);
    for (const p of passages) expect(text.replace(/\s+/g, " ")).toContain(p);
    expect(marked(snippet)).toContain("минералы");
  });

  it("starts a passage at its sentence when the sentence starts close before the match", () => {
    const text = `${"текст ".repeat(40)}Вчера в Астане. Министр встретился с Кошербаевым в четверг.`;
    expect(plain(marks.snippet(text)).startsWith("Министр встретился с Кошербаевым")).toBe(true);
  });

  it("ends a passage at its paragraph's end, so a lead without a full stop does not run into the body", () => {
    const text = `Кошербаевым обсуждены минералы и ситуация в регионе\nВ четверг ${"текст ".repeat(40)}`;
    expect(plain(marks.snippet(text))).toBe("Кошербаевым обсуждены минералы и ситуация в регионе");
  });

  it("takes more of the paragraph before the match when its end cuts the passage short", () => {
    const text = `Первое предложение абзаца о встрече министров. Второе предложение и затем обсуждены минералы\nДалее ${"текст ".repeat(40)}`;
    expect(plain(marks.snippet(text))).toBe("Первое предложение абзаца о встрече министров. Второе предложение и затем обсуждены минералы");
  });

  it("shows with an ellipsis where a passage starts or ends mid-sentence", () => {
    const text = `Долгое вступление ${"слово ".repeat(30)}и здесь Кошербаевым сказано ${"многое ".repeat(60)}конец.`;
    const shown = plain(marks.snippet(text));
    expect(shown).toMatch(/^… \S/);
    expect(shown).toMatch(/\S …$/);
    expect(shown).toContain("Кошербаевым");
    expect(plain(marks.snippet("Кошербаевым сказано всё."))).toBe("Кошербаевым сказано всё.");
  });

  it("marks nothing when the query has no terms", () => {
    const none = highlighter([], new Map());
    expect(findCandidates(null, "Кошербаевым")).toEqual([]);
    expect(none.all("Кошербаевым", [])).toEqual([{ text: "Кошербаевым", hit: false }]);
  });
});
