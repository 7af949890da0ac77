import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle, loadImporterLanguage, toArticleOut, UnreadableArticleError } from "../extract-article";
import { ExtractionPool } from "./extraction-pool";
import { SLOWEST_ARTICLE } from "../../../tests/fixtures/slowest-article";

const seed = path.resolve("seeds/000_c61c0215de82188b.txt");
// About 1 s on this machine in a warm thread (a list of talks with one counterpart, 96,000 characters):
// far past a 150 ms budget, far under a minute.
const SLOW = SLOWEST_ARTICLE;

let pool: ExtractionPool;
let strict: ExtractionPool;
beforeAll(async () => {
  pool = new ExtractionPool({ budgetMs: 10_000, threads: 1 });
  strict = new ExtractionPool({ budgetMs: 150, threads: 1 });
  await loadImporterLanguage();
}, 60_000);
afterAll(() => Promise.all([pool.destroy(), strict.destroy()]));

async function refusal(work: Promise<unknown>): Promise<UnreadableArticleError> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableArticleError);
  return error as UnreadableArticleError;
}

describe("extraction on the pool's threads", () => {
  it("gives what extraction in this thread gives", async () => {
    const bytes = readFileSync(seed);
    expect(toArticleOut(seed, await pool.extract(bytes, seed))).toEqual(toArticleOut(seed, extractArticle(bytes, seed)));
  }, 60_000);

  it("brings a refusal back as the importer's error, with its reason as data", async () => {
    const error = await refusal(pool.extract(" date 2026-13-45 Астана. Посол США встретился с министром Казахстана.", "bad.txt"));
    expect(error.problem).toEqual({ kind: "header-date", value: "2026-13-45" });
  }, 60_000);

  it("refuses an article over the budget as too complex, and the next one is read by a fresh thread", async () => {
    // The thread is up and warm before the clock starts.
    await refusal(strict.extract("not an article.", "warm.txt"));
    const started = performance.now();
    const error = await refusal(strict.extract(SLOW, "slow.txt"));
    expect(error.problem).toEqual({ kind: "too-complex", seconds: 0.15 });
    expect(error.message).toMatch(/too complex to extract automatically .*fill the fields by hand/);
    // Terminated at the budget, not when the extraction would have finished.
    expect(performance.now() - started).toBeLessThan(1_500);
    expect((await refusal(strict.extract("not an article.", "next.txt"))).problem).toEqual({ kind: "not-russian" });
  }, 60_000);

  it("refuses a text over the size limit before reading it", async () => {
    const error = await refusal(pool.extract(`Казахстан и США. ${"а".repeat(100_001)}`, "long.txt"));
    expect(error.problem).toMatchObject({ kind: "too-long", unit: "characters", limit: 100_000 });
  }, 60_000);
});
