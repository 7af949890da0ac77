import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle, loadImporterLanguage, UnreadableArticleError } from "./extract-article";

beforeAll(() => loadImporterLanguage(), 30_000);

/** A seeded generator, so a failure names an input that can be made again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}
const LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ";
function cyrillic(length: number, seed: number, capitalised = false): string {
  const next = random(seed);
  let text = "";
  for (let i = 0; i < length; i++) {
    const r = next();
    text += r < 0.15 ? " " : r < 0.17 ? ". " : LETTERS[Math.floor(next() * LETTERS.length)];
  }
  text = text.slice(0, length);
  return capitalised ? text.replace(/(^|\s)(\S)/g, (_, space: string, letter: string) => space + letter.toUpperCase()) : text;
}
const page = (body: string) => ` date 2026-03-13 Казахстан и США. ${body}`;
const fill = (unit: string, length = 99_000) => unit.repeat(Math.floor(length / unit.length));

/** Time of one extraction; the verdict is the answer or the refusal. */
function timed(text: string): { ms: number; outcome: string } {
  const started = performance.now();
  let outcome: string;
  try {
    outcome = `${extractArticle(text, "worst.txt").meetings.length} meetings`;
  } catch (error) {
    if (!(error instanceof UnreadableArticleError)) throw error;
    outcome = `refused: ${error.message}`;
  }
  return { ms: performance.now() - started, outcome };
}

// What a hostile or broken paste can be. Each shape was super-linear once (topics blanked a title at a
// time, clauses were found per word): 13–47 s for one article. Measured now at 0.1–0.8 s on this
// machine (1–2 s with two test suites running beside); the budget leaves room for a loaded core while
// still catching any quadratic path.
const BUDGET_MS = 5_000;

describe("no input makes one article slow", () => {
  it.each([
    ["a 5 MB line of random Cyrillic", page(cyrillic(5_000_000, 1))],
    ["a name repeated 20,000 times", page("Ермек Кошербаев встретился с Марко Рубио. ".repeat(20_000))],
    ["5 MB of one sentence", page(fill("встреча министра с послом ", 5_000_000))],
  ])("refuses %s at once, saying why", (_, text) => {
    const { ms, outcome } = timed(text);
    expect(outcome).toMatch(/^refused: unreadable article: too long to be one article: [\d,]+ (?:characters|bytes); the limit is 100,000 characters$/);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it.each([
    ["random Cyrillic", page(cyrillic(99_000, 2))],
    ["random capitalised words", page(cyrillic(99_000, 3, true))],
    ["a meeting sentence repeated", page(fill("Ермек Кошербаев встретился с Марко Рубио. "))],
    ["a post repeated without a stop", page(fill("посол США "))],
    ["one 100,000-character sentence of event words", page(`${fill("встреча министра с послом ")}.`)],
    ["titles and names in one sentence", page(`${fill("министр иностранных дел Казахстана Ермек Кошербаев и госсекретарь США Марко Рубио провели переговоры, ")}.`)],
  ])("reads %s within the limit in bounded time", (_, text) => {
    expect(text.length).toBeLessThanOrEqual(100_000);
    expect(timed(text).ms).toBeLessThan(BUDGET_MS);
  });
});
