import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { random } from "@/lib/bench/generate-article";
import { parseArticle } from "@/lib/importer/parse/parse-article";
import { articleSignature } from "./article-signature";
import { bandKeys } from "./lsh-bands";
import { MUTATIONS, reprintOf } from "./measure/mutations";
import { isReprint } from "./reprint-rule";

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
