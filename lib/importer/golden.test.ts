import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle, loadImporterLanguage, toArticleOut } from "./extract-article";

/** Each seed's reviewed expected output sits in tests/fixtures/golden/<seed>.json: a change in what the
 *  extractor produces shows up here as a diff to review, like code. */
const SEEDS = ["000_c61c0215de82188b.txt", "004_e99164ff4d74dee4.txt"];

beforeAll(() => loadImporterLanguage(), 30_000);

describe("golden seeds", () => {
  it.each(SEEDS)("%s", (seed) => {
    const file = `seeds/${seed}`;
    const expected: unknown = JSON.parse(readFileSync(`tests/fixtures/golden/${seed}.json`, "utf8"));
    expect(toArticleOut(file, extractArticle(readFileSync(file), file))).toEqual(expected);
  });
});
