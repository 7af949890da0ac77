import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { random } from "@/lib/bench/generate-article";
import { parseArticle } from "@/lib/importer/parse/parse-article";
import { articleSignature } from "./article-signature";
import { bandKeys, LOOSE_POSITIONS } from "./lsh-bands";
import { MUTATIONS, reprintOf, rewriteOf } from "./measure/mutations";
import { estimatedJaccard, SIGNATURE_SIZE } from "./minhash";
import { isReprint, isReprintLikeness, isResemblance, likeness } from "./reprint-rule";

const eval_ = (name: string) => readFileSync(new URL(`../../tests/fixtures/eval/${name}`, import.meta.url), "utf8");
const signature = (raw: string) => articleSignature(parseArticle(raw).article.paragraphs.join("\n\n"));
const shareBand = (a: Int32Array, b: Int32Array) => bandKeys(b).some((k) => bandKeys(a).includes(k));

const kazinform = eval_("001_kosherbaev-rubio-call-kazinform.txt");
const mfa = eval_("002_kosherbaev-rubio-call-mfa-page.txt");
const other = eval_("006_tokayev-trump-white-house-talks.txt");

describe("the reprint rule", () => {
  it.each(Object.keys(MUTATIONS))("takes the story with %s changed for a reprint, and the bands offer it", (name) => {
    const variant = MUTATIONS[name]!(kazinform, random(1), other);
    const [a, b] = [signature(kazinform), signature(variant)];
    expect(isReprint(a, b)).toBe(true);
    expect(shareBand(a.mins, b.mins)).toBe(true);
  });

  it("takes a reprint with several edits for a reprint", () => {
    const r = random(7);
    for (let i = 0; i < 5; i++) expect(isReprint(signature(kazinform), signature(reprintOf(kazinform, r, other).text))).toBe(true);
  });

  it("keeps apart the same call reported by Kazinform and by the ministry's page", () => {
    expect(isReprint(signature(kazinform), signature(mfa))).toBe(false);
  });

  it("keeps apart unrelated stories", () => {
    expect(isReprint(signature(kazinform), signature(other))).toBe(false);
  });
});

describe("a possible reprint, below the rule", () => {
  const at = (minima: number, shingles: [number, number] = [200, 200]) => likeness(minima / SIGNATURE_SIZE, ...shingles);

  it("starts at 10 agreeing minima of 128 and ends where the reprint rule begins", () => {
    expect(isResemblance(at(9))).toBe(false);
    expect(isResemblance(at(10))).toBe(true);
    expect(isResemblance(at(40))).toBe(true);
    expect(isResemblance(at(64))).toBe(false);
    expect(isReprintLikeness(at(64))).toBe(true);
  });

  it("flags a story rewritten from the same text that kept a sentence in four, found by the loose index; not an unrelated one", () => {
    const rewrite = rewriteOf(kazinform, random(4), 0.25);
    const [a, b] = [signature(kazinform), signature(rewrite)];
    const l = likeness(estimatedJaccard(a.mins, b.mins), a.shingles, b.shingles);
    expect(isResemblance(l)).toBe(true);
    expect([...a.mins.subarray(0, LOOSE_POSITIONS)].some((m, i) => b.mins[i] === m)).toBe(true);
    const u = signature(other);
    expect(isResemblance(likeness(estimatedJaccard(a.mins, u.mins), a.shingles, u.shingles))).toBe(false);
  });
});
