import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TOPICS } from "../topics/taxonomy";
import { checkFixture } from "./check-fixture";

// Guards the eval set itself: a fixture that drifts from the contract or the taxonomy would silently
// turn into wrong figures in `npm run eval:extract`.
const root = path.resolve(import.meta.dirname, "../../..");
const dir = "tests/fixtures/eval";
const texts = readdirSync(path.join(root, dir)).filter((n) => n.endsWith(".txt")).sort();
const slugs = new Set(TOPICS.map((t) => t.slug));

describe("eval fixtures", () => {
  it("has at least 26 articles", () => {
    expect(texts.length).toBeGreaterThanOrEqual(26);
  });

  it.each(texts)("%s has a valid expected JSON", (name) => {
    const rel = `${dir}/${name}`;
    const text = readFileSync(path.join(root, rel), "utf8");
    const json: unknown = JSON.parse(readFileSync(path.join(root, rel.replace(/\.txt$/, ".json")), "utf8"));
    const checked = checkFixture(json, text, rel);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    if (!checked.ok) return;
    const used = [...checked.article.topics, ...checked.article.meetings.flatMap((m) => m.topics)];
    expect(used.filter((s) => !slugs.has(s))).toEqual([]);
  });
});
