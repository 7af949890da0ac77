import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as articleRoute from "../../app/api/v1/articles/[slug]/route";
import { random } from "../../lib/bench/generate-article";
import { extractDraft } from "../../lib/actions/articles/extract-draft";
import { publishArticle } from "../../lib/actions/articles/publish-article";
import { createDb, type Db } from "../../lib/db";
import { extractArticle, loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { backfillSignatures } from "../../lib/importer/store/backfill-signatures";
import { storeArticle } from "../../lib/importer/store/store-article";
import type { Extraction } from "../../lib/importer/types";
import { MUTATIONS, reprintOf } from "../../lib/reprints/measure/mutations";
import { asPublishInput, errors, makeEditor } from "../support/editor-fixtures";
import { callRoute } from "../support/call-route";
import { contractFor } from "../support/openapi-contract";
import { resetDatabase } from "../support/reset-database";

const evalDir = path.resolve(import.meta.dirname, "../fixtures/eval");
const KAZINFORM = "https://www.inform.kz/ru/kosherbaev-rubio-call";
const ZAKON = "https://www.zakon.kz/politika/kosherbaev-rubio";
const MFA = "https://www.gov.kz/memleket/entities/mfa/press/news/details/1";

const contract = contractFor();
let db: Db;
let dir: string;
let story: string;
let mfaReport: string;
let other: string;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  story = await readFile(path.join(evalDir, "001_kosherbaev-rubio-call-kazinform.txt"), "utf8");
  mfaReport = await readFile(path.join(evalDir, "002_kosherbaev-rubio-call-mfa-page.txt"), "utf8");
  other = await readFile(path.join(evalDir, "006_tokayev-trump-white-house-talks.txt"), "utf8");
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  dir = await mkdtemp(path.join(tmpdir(), "reprints-"));
});

const withUrl = (url: string, outlet: string, text: string) => ` url ${url} ${outlet}\n${text}`;
/** The story as a second site publishes it: another headline, dateline and typography, a «Читайте также» block and a byline. */
const reprint = (text: string) => {
  const r = random(3);
  return ["headline", "dateline", "readAlso", "byline", "typography"].reduce((t, name) => MUTATIONS[name]!(t, r, other), text);
};

async function importFile(file: string, text: string) {
  await writeFile(path.join(dir, file), text);
  return importPaths(db, [path.join(dir, file)], { trigger: "cli" });
}
/** A text's extraction without its meetings (and so without meeting locks). */
function plain(id: string, text: string): Extraction {
  return { ...extractArticle(text, `${id}.txt`), officials: [], meetings: [], topics: [] };
}

/** A page the archive fetched itself: no file name, as the fetching jobs store it. */
const storeFetched = (text: string) => storeArticle(db, extractArticle(text, "page.html"), null);

const urlsOf = (articleId: number) =>
  db.articleUrl.findMany({ where: { articleId }, orderBy: { id: "asc" }, select: { url: true, original: true, outlet: { select: { name: true } } } });

describe("a reprint", () => {
  it("with another URL becomes a further page of the stored article, not a second article", async () => {
    expect(await importFile("kazinform.txt", withUrl(KAZINFORM, "Казинформ", story))).toMatchObject({ created: 1 });
    const summary = await importFile("zakon.txt", withUrl(ZAKON, "Zakon.kz", reprint(story)));
    const [article] = await db.article.findMany({ select: { id: true } });
    expect(summary).toMatchObject({ created: 0, reprint: 1, failed: 0, reprints: [{ file: path.join(dir, "zakon.txt"), articleId: article!.id }] });
    expect(await db.importRun.findUniqueOrThrow({ where: { id: summary.runId }, select: { created: true, reprint: true } })).toEqual({ created: 0, reprint: 1 });
    expect(await db.article.count()).toBe(1);
    expect(await urlsOf(article!.id)).toEqual([
      { url: KAZINFORM, original: true, outlet: { name: "Казинформ" } },
      { url: ZAKON, original: false, outlet: { name: "Zakon.kz" } },
    ]);
    const { slug } = await db.article.findUniqueOrThrow({ where: { id: article!.id }, select: { slug: true } });
    const body = await (await callRoute(articleRoute.GET, `/api/v1/articles/${slug}`, { params: { slug } })).json();
    contract.ok("getArticle", body);
    expect(body.provenance).toMatchObject({ originalUrl: KAZINFORM, urls: [KAZINFORM, ZAKON], further: [{ url: ZAKON, outlet: "Zakon.kz" }] });
    // The same page again is the same reprint: nothing more.
    expect(await importFile("zakon-again.txt", withUrl(ZAKON, "Zakon.kz", reprint(story)))).toMatchObject({ reprint: 1, created: 0 });
    expect(await db.articleUrl.count()).toBe(2);
  });

  it("word for word on another page (the same fetched text) adds that page too", async () => {
    const x = extractArticle(story, "page.html");
    const at = (url: string, outlet: string) => ({ ...x, article: { ...x.article, url, outlet, fetchedAt: "2026-01-15T09:00:00.000Z" } });
    expect(await storeArticle(db, at(KAZINFORM, "Казинформ"), null)).toMatchObject({ outcome: "created" });
    expect(await storeArticle(db, at(ZAKON, "Zakon.kz"), null)).toMatchObject({ outcome: "reprint" });
    expect(await storeArticle(db, at(ZAKON, "Zakon.kz"), null)).toMatchObject({ outcome: "unchanged" });
    const [article] = await db.article.findMany({ select: { id: true } });
    expect((await urlsOf(article!.id)).map((u) => [u.url, u.original])).toEqual([[KAZINFORM, true], [ZAKON, false]]);
  });

  it("from a file without a URL is reported as a reprint of the article and creates nothing", async () => {
    await importFile("kazinform.txt", story);
    const summary = await importFile("copy.txt", reprintOf(story, random(5), other).text);
    const [article] = await db.article.findMany({ select: { id: true } });
    expect(summary.reprints).toEqual([{ file: path.join(dir, "copy.txt"), articleId: article!.id }]);
    expect(await db.article.count()).toBe(1);
    expect(await db.articleUrl.count()).toBe(0);
  });

  it("is found for articles stored before signatures existed, once they are backfilled", async () => {
    await importFile("kazinform.txt", withUrl(KAZINFORM, "Казинформ", story));
    await db.articleSignature.deleteMany();
    await db.articleBand.deleteMany();
    expect(await backfillSignatures(db)).toBe(1);
    expect(await backfillSignatures(db)).toBe(0);
    expect(await storeFetched(withUrl(ZAKON, "Zakon.kz", reprint(story)))).toMatchObject({ outcome: "reprint" });
    expect(await db.article.count()).toBe(1);
  });

  it("stored at the same moment by two importers is still one article", async () => {
    // Stories that report no meeting take no meeting lock: only the story's band locks order the copies.
    const files = ["003_vasilenko-political-consultations-washington.txt", "004_ashimbaev-daines-senate-delegation.txt", "007_satkaliev-us-deputy-energy-secretary-kaztag.txt", "012_saparov-brooke-rollins-agriculture.txt", "013_balaeva-rosenblum-culture-education.txt", "014_shakkaliev-greer-trade-kaztag.txt"];
    const stories = await Promise.all(files.map((f) => readFile(path.join(evalDir, f), "utf8")));
    const copies = stories.flatMap((text, i) => [plain(`${i}a`, text), plain(`${i}b`, reprint(text))]);
    const outcomes = await Promise.all(copies.map((x) => storeArticle(db, x, null)));
    expect(outcomes.filter((o) => o.outcome === "reprint")).toHaveLength(6);
    expect(await db.article.count()).toBe(6);
  });
});

describe("an editor publishing a reprint", () => {
  it("adds its address to the stored article and is shown that article, with nothing else stored", async () => {
    await importFile("kazinform.txt", withUrl(KAZINFORM, "Казинформ", story));
    const stored = await db.article.findFirstOrThrow({ select: { id: true, slug: true } });
    const ann = await makeEditor(db);
    const draft = await extractDraft(db, { mode: "text", rawText: reprint(story) }, errors);
    const input = asPublishInput({ ...draft, article: { ...draft.article, url: ZAKON, outlet: "Zakon.kz" } });
    expect(await publishArticle(db, input, ann.id, errors)).toEqual({ articleId: stored.id, slug: stored.slug, reprint: true });
    expect(await db.article.count()).toBe(1);
    expect((await urlsOf(stored.id)).map((u) => [u.url, u.original])).toEqual([[KAZINFORM, true], [ZAKON, false]]);
    expect(await db.auditLog.findFirst({ select: { action: true, entityId: true } })).toEqual({ action: "update", entityId: String(stored.id) });
  });
});

describe("an independent report of the same event", () => {
  it("stays its own article: the ministry's page and Kazinform tell the same call in their own sentences", async () => {
    await importFile("kazinform.txt", withUrl(KAZINFORM, "Казинформ", story));
    expect(await importFile("mfa.txt", withUrl(MFA, "МИД РК", mfaReport))).toMatchObject({ created: 1, reprint: 0 });
    expect(await db.article.count()).toBe(2);
    // …and both report one meeting.
    const sources = await db.meetingSource.groupBy({ by: ["meetingId"], _count: { articleId: true } });
    expect(sources.some((s) => s._count.articleId === 2)).toBe(true);
  });
});

describe("a page fetched again", () => {
  it("whose text changed updates its article, as a re-imported file does", async () => {
    expect(await storeFetched(withUrl(KAZINFORM, "Казинформ", story))).toMatchObject({ outcome: "created" });
    const before = await db.article.findFirstOrThrow({ select: { id: true, version: true } });
    const corrected = story.replace("по инициативе американской стороны", "по инициативе госсекретаря США");
    expect(await storeFetched(withUrl(KAZINFORM, "Казинформ", corrected))).toEqual({ outcome: "updated", articleId: before.id });
    const after = await db.article.findFirstOrThrow({ select: { id: true, version: true, body: true } });
    expect(after.id).toBe(before.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.body).toContain("по инициативе госсекретаря США");
    expect(await db.article.count()).toBe(1);
    expect(await urlsOf(before.id)).toEqual([{ url: KAZINFORM, original: true, outlet: { name: "Казинформ" } }]);
  });

  it("as a further page that now carries another story leaves the article it carried, for an article of its own", async () => {
    await storeFetched(withUrl(KAZINFORM, "Казинформ", story));
    await storeFetched(withUrl(ZAKON, "Zakon.kz", reprint(story)));
    expect(await storeFetched(withUrl(ZAKON, "Zakon.kz", other))).toMatchObject({ outcome: "created" });
    expect(await db.article.count()).toBe(2);
    const owners = await db.articleUrl.findMany({ orderBy: { id: "asc" }, select: { url: true, original: true, articleId: true } });
    expect(owners.map((o) => [o.url, o.original])).toEqual([[KAZINFORM, true], [ZAKON, true]]);
    expect(new Set(owners.map((o) => o.articleId)).size).toBe(2);
  });
});
