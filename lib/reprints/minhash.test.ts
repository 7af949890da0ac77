import { describe, expect, it } from "vitest";
import { estimatedContainment, estimatedJaccard, shingleHashes, signatureOf, SIGNATURE_SIZE } from "./minhash";
import { words } from "./words";

const text = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `слово${from + i}`);
function exactJaccard(a: Set<number>, b: Set<number>) {
  const common = [...a].filter((x) => b.has(x)).length;
  return common / (a.size + b.size - common);
}

describe("words", () => {
  it("folds case, ё, Kazakh letters and every kind of punctuation and space away", () => {
    expect(words("«Ёлка» — Тоқаев,\u00a02026-й")).toEqual(["елка", "токаев", "2026", "й"]);
    expect(words('"елка" - токаев, 2026-й')).toEqual(words("«Ёлка» — Тоқаев,\u00a02026-й"));
  });
});

describe("MinHash", () => {
  it("gives the same signature for the same words, whatever the typography", () => {
    const a = signatureOf(shingleHashes(words("Министр провёл встречу — «в Астане».")));
    const b = signatureOf(shingleHashes(words("министр провел встречу - \"в Астане\"")));
    expect(estimatedJaccard(a.mins, b.mins)).toBe(1);
    expect(a.mins).toHaveLength(SIGNATURE_SIZE);
  });

  it("keeps its hash functions: stored signatures depend on them", () => {
    const s = signatureOf(shingleHashes(words("Казахстан и США обсудили сотрудничество в сфере критических минералов")));
    expect(s.shingles).toBe(6);
    expect([...s.mins.slice(0, 3)]).toMatchInlineSnapshot(`
      [
        -1865870984,
        -802272782,
        -929171724,
      ]
    `);
  });

  it("estimates Jaccard within a few hundredths", () => {
    for (const [n, overlap] of [[400, 300], [400, 100], [300, 250]] as const) {
      const a = shingleHashes(text(n));
      const b = shingleHashes(text(n, n - overlap));
      const estimate = estimatedJaccard(signatureOf(a).mins, signatureOf(b).mins);
      expect(Math.abs(estimate - exactJaccard(a, b))).toBeLessThan(0.12);
    }
    const disjoint = estimatedJaccard(signatureOf(shingleHashes(text(200))).mins, signatureOf(shingleHashes(text(200, 1000))).mins);
    expect(disjoint).toBeLessThan(0.05);
  });

  it("shingles a text shorter than a shingle as one, and an empty one as none", () => {
    expect(shingleHashes(["один", "два"]).size).toBe(1);
    expect(shingleHashes([]).size).toBe(0);
  });

  it("derives containment from Jaccard and the sizes: a text held whole in one three times longer is contained", () => {
    expect(estimatedContainment(1 / 3, 100, 300)).toBeCloseTo(1);
    expect(estimatedContainment(0.5, 100, 100)).toBeCloseTo(2 / 3);
    expect(estimatedContainment(0.5, 0, 100)).toBe(0);
  });
});
