import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, symlink, writeFile, mkdir, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLOWEST_ARTICLE } from "../tests/fixtures/slowest-article";

/** `npm run --silent import -- --dry-run --json …` as a person runs it: a child process, stdout a pipe. */
const root = path.resolve(import.meta.dirname, "..");
const seeds = path.join(root, "seeds");
const PAGE_SEED = path.join(seeds, "004_e99164ff4d74dee4.txt");
let dir: string;

async function dryRun(...paths: string[]) {
  return dryRunWith({}, ...paths);
}

async function dryRunWith(env: Record<string, string>, ...paths: string[]) {
  const run = promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["scripts/import.ts", "--dry-run", "--json", ...paths], {
    cwd: root,
    maxBuffer: 64 << 20,
    env: { ...process.env, ...env },
  });
  const { stdout } = await run.catch((error: { stdout: string; code: number }) => ({ stdout: error.stdout, code: error.code }));
  return JSON.parse(stdout) as { articles: { file: string; meetings: { evidence: string[] }[] }[]; errors: { file: string; message: string }[] };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "chronicle-import-"));
  const page = await readFile(PAGE_SEED, "utf8");
  await copyFile(PAGE_SEED, path.join(dir, "a-real.txt"));
  await symlink(path.join(dir, "a-real.txt"), path.join(dir, "b-link.txt"));
  await symlink(path.join(dir, "c-loop.txt"), path.join(dir, "c-loop.txt"));
  await symlink(path.join(dir, "gone.txt"), path.join(dir, "d-dangling.txt"));
  for (const [name, date] of [["e-month.txt", "2026-13-01"], ["f-day.txt", "2026-02-30"], ["g-nines.txt", "9999-99-99"]]) {
    await writeFile(path.join(dir, name!), page.replace("2026-02-05", date!));
  }
  await mkdir(path.join(dir, "h-folder"));
  await symlink(dir, path.join(dir, "h-folder", "up"));
  // A sentence 700 times (what fits in the importer's 100,000 characters): one planned visit with every
  // sentence as evidence, in a document far larger than a pipe's buffer.
  const visit = "Отдельное внимание было посвящено предстоящему в марте 2026 года визиту делегации конгрессменов США в Казахстан.";
  await writeFile(path.join(dir, "i-repeated.txt"), `${page.trimEnd()}\n\n${Array.from({ length: 700 }, (_, i) => visit.replace("2026", `2026 (${i})`)).join("\n\n")}\n`);
}, 30_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("import --dry-run --json: every path answered in the one document", () => {
  it("keeps the results of good paths beside the error for a missing one", async () => {
    const out = await dryRun("seeds/", "/nonexistent");
    expect(out.articles.map((a) => a.file)).toEqual(["seeds/000_c61c0215de82188b.txt", "seeds/004_e99164ff4d74dee4.txt"]);
    expect(out.errors).toEqual([{ file: "/nonexistent", message: "no such file or folder" }]);
  }, 60_000);

  it("follows symlinks to files, names loops and dangling links, refuses impossible header dates", async () => {
    const out = await dryRun(dir);
    const at = (name: string) => path.join(dir, name);
    expect(out.articles.map((a) => a.file)).toEqual([at("a-real.txt"), at("b-link.txt"), at("i-repeated.txt")]);
    expect(out.errors).toEqual([
      { file: at("c-loop.txt"), message: "symlink loop" },
      { file: at("d-dangling.txt"), message: "symlink to a file or folder that does not exist" },
      { file: at("e-month.txt"), message: 'unreadable article: the date header "2026-13-01" is not a calendar date (YYYY-MM-DD, years 1900–2100)' },
      { file: at("f-day.txt"), message: 'unreadable article: the date header "2026-02-30" is not a calendar date (YYYY-MM-DD, years 1900–2100)' },
      { file: at("g-nines.txt"), message: 'unreadable article: the date header "9999-99-99" is not a calendar date (YYYY-MM-DD, years 1900–2100)' },
      { file: at("h-folder/up"), message: "symlink loop (a link back to a folder above it)" },
    ]);
    const repeated = out.articles[2]!;
    expect(repeated.meetings.length).toBe(out.articles[0]!.meetings.length);
    expect(Math.max(...repeated.meetings.map((m) => m.evidence.length))).toBeGreaterThanOrEqual(700);
  }, 60_000);

  it("holds every file to the editor form's size limit and to the extraction time budget", async () => {
    await writeFile(path.join(dir, "..", "chronicle-long.txt"), `Казахстан и США. ${"посол США ".repeat(10_001)}`);
    await writeFile(path.join(dir, "..", "chronicle-slow.txt"), SLOWEST_ARTICLE);
    const long = path.join(dir, "..", "chronicle-long.txt");
    const slow = path.join(dir, "..", "chronicle-slow.txt");
    try {
      // 1 s of extraction at the least, against a budget of 0.1 s (a real article would pass; on a
      // loaded machine it might not, so none is asked here).
      const out = await dryRunWith({ EXTRACT_BUDGET_MS: "100" }, long, slow);
      expect(out.articles).toEqual([]);
      expect(out.errors).toEqual([
        { file: long, message: "unreadable article: too long to be one article: 100,026 characters; the limit is 100,000 characters" },
        { file: slow, message: "unreadable article: too complex to extract automatically (not done in 0.1 s): fill the fields by hand" },
      ]);
    } finally {
      await Promise.all([rm(long), rm(slow)]);
    }
  }, 60_000);
});
