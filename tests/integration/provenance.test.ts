import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as articleRoute from "../../app/api/v1/articles/[slug]/route";
import * as meetingRoute from "../../app/api/v1/meetings/[id]/route";
import * as meetingsRoute from "../../app/api/v1/meetings/route";
import { publishArticle } from "../../lib/actions/articles/publish-article";
import { updateArticle } from "../../lib/actions/articles/update-article";
import { ActionError } from "../../lib/actions/errors";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { updateArticleSchema } from "../../lib/validation/article";
import { callRoute } from "../support/call-route";
import { contractFor } from "../support/openapi-contract";
import { asPublishInput, draftOf, errors, fixtures, makeEditor } from "../support/editor-fixtures";
import { resetDatabase } from "../support/reset-database";

const URL_A = "https://www.inform.kz/ru/kosherbaev-hammy-london";
let db: Db;
let dir: string;
let page: string;
const contract = contractFor();

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  page = await readFile(path.join(fixtures, "pair-b-page.txt"), "utf8");
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  dir = await mkdtemp(path.join(tmpdir(), "provenance-"));
});

async function importText(file: string, text: string) {
  await writeFile(path.join(dir, file), text);
  return importPaths(db, [path.join(dir, file)], { trigger: "cli" });
}

async function stored(fileName: string) {
  return db.article.findUniqueOrThrow({
    where: { fileName },
    select: { id: true, slug: true, version: true, title: true, body: true, outlet: { select: { name: true, site: true } }, source: { select: { name: true } }, urls: { orderBy: { id: "asc" }, select: { url: true, original: true, fetchedAt: true } } },
  });
}

describe("a file's ` url ` header", () => {
  it("stores the original page and the outlet beside the body it quotes, and the API and meeting sources carry them", async () => {
    expect(await importText("a.txt", ` url ${URL_A} Казинформ \n${page}`)).toMatchObject({ created: 1, failed: 0 });
    const a = await stored("a.txt");
    expect(a.outlet).toEqual({ name: "Казинформ", site: "www.inform.kz" });
    expect(a.source?.name).toBe("пресс-служба МИД РК");
    expect(a.urls).toEqual([{ url: URL_A, original: true, fetchedAt: null }]);

    const response = await callRoute(articleRoute.GET, `/api/v1/articles/${a.slug}`, { params: { slug: a.slug } });
    const body = await response.json();
    contract.ok("getArticle", body);
    expect(body.provenance).toEqual({ outlet: { name: "Казинформ", nameEn: "Kazinform", site: "www.inform.kz" }, originalUrl: URL_A, fetchedAt: null, urls: [URL_A], further: [] });

    const meeting = await db.meetingSource.findFirstOrThrow({ where: { articleId: a.id }, select: { meetingId: true } });
    const m = await (await callRoute(meetingRoute.GET, `/api/v1/meetings/${meeting.meetingId}`, { params: { id: String(meeting.meetingId) } })).json();
    contract.ok("getMeeting", m);
    expect(m.sources[0]).toMatchObject({ outlet: "Казинформ", originalUrl: URL_A, source: "пресс-служба МИД РК" });
    expect(m.sourceUrls).toEqual([URL_A]);
    const listed = await (await callRoute(meetingsRoute.GET, "/api/v1/meetings")).json();
    contract.ok("listMeetings", listed);
    expect(listed.data.find((x: { id: number }) => x.id === meeting.meetingId)?.sourceUrls).toEqual([URL_A]);
  });

  it("a corrected file replaces the original page rather than adding one; further pages stay", async () => {
    await importText("a.txt", ` url ${URL_A} Казинформ\n${page}`);
    const first = await stored("a.txt");
    await db.articleUrl.create({ data: { url: "https://www.zakon.kz/reprint-1", articleId: first.id } });
    await importText("a.txt", ` url https://www.inform.kz/ru/corrected Казинформ\n${page.replace("продолжить диалог", "продолжить тесный диалог")}`);
    const second = await stored("a.txt");
    expect(second.id).toBe(first.id);
    expect(second.urls).toEqual([
      { url: "https://www.zakon.kz/reprint-1", original: false, fetchedAt: null },
      { url: "https://www.inform.kz/ru/corrected", original: true, fetchedAt: null },
    ]);
    await importText("a.txt", page.replace("продолжить диалог", "продолжить диалог и дальше"));
    expect((await stored("a.txt")).urls.map((u) => u.original)).toEqual([false]);
    expect((await stored("a.txt")).outlet).toBeNull();
  });

  it("refuses a second article on a page that is already another's, naming it, and stores nothing of it", async () => {
    await importText("a.txt", ` url ${URL_A} Казинформ\n${page}`);
    const wire = await readFile(path.join(fixtures, "pair-a-wire.txt"), "utf8");
    const summary = await importText("b.txt", ` url ${URL_A} Казинформ\n${wire}`);
    expect(summary.failed).toBe(1);
    expect(summary.errors[0]?.message).toContain(`the URL ${URL_A} is already a page of the article`);
    expect(await db.article.count()).toBe(1);
  });

  it("refuses a header address that is not http(s) by name", async () => {
    const summary = await importText("a.txt", ` url javascript:alert(1) Казинформ\n${page}`);
    expect(summary.errors[0]?.message).toContain('the url header "javascript:alert(1)" is not an http(s) address');
  });
});

describe("the editor's provenance fields", () => {
  it("sets, changes and clears the original page and outlet, in the change log", async () => {
    const ann = await makeEditor(db);
    await importText("a.txt", page);
    const a = await stored("a.txt");
    const form = { id: String(a.id), version: String(a.version), title: a.title, body: a.body };
    await updateArticle(db, updateArticleSchema.parse({ ...form, url: URL_A, outlet: "Казинформ" }), ann.id, errors);
    expect((await stored("a.txt")).urls).toEqual([{ url: URL_A, original: true, fetchedAt: null }]);
    const log = await db.auditLog.findFirstOrThrow({ where: { entity: "article" }, orderBy: { id: "desc" }, select: { before: true, after: true } });
    expect(log.before).toMatchObject({ url: null, outlet: null });
    expect(log.after).toMatchObject({ url: URL_A, outlet: "Казинформ" });

    await updateArticle(db, updateArticleSchema.parse({ ...form, version: "2", url: "", outlet: "" }), ann.id, errors);
    expect(await stored("a.txt")).toMatchObject({ urls: [], outlet: null });
  });

  it("refuses another article's page beside the URL field, changing nothing", async () => {
    const ann = await makeEditor(db);
    await importText("a.txt", ` url ${URL_A} Казинформ\n${page}`);
    await importText("b.txt", await readFile(path.join(fixtures, "pair-a-wire.txt"), "utf8"));
    const b = await stored("b.txt");
    const input = updateArticleSchema.parse({ id: String(b.id), version: String(b.version), title: "Новый заголовок", body: b.body, url: URL_A });
    const refusal = await updateArticle(db, input, ann.id, errors).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ActionError);
    expect((refusal as ActionError).fieldErrors.url).toBe(errors.urlTaken((await stored("a.txt")).title));
    expect((await stored("b.txt")).title).toBe(b.title);
  });

  it("publishes a pasted article with the page and outlet the editor gave, and the fetch time of a fetched page", async () => {
    const ann = await makeEditor(db);
    const draft = await draftOf(db, "pair-b-page.txt");
    const input = asPublishInput({ ...draft, article: { ...draft.article, url: URL_A, outlet: "Казинформ" }, fetchedAt: "2026-03-12T08:30:00.000Z" });
    const { articleId } = await publishArticle(db, input, ann.id, errors);
    const urls = await db.articleUrl.findMany({ where: { articleId }, select: { url: true, original: true, fetchedAt: true, outlet: { select: { name: true } } } });
    expect(urls).toEqual([{ url: URL_A, original: true, fetchedAt: new Date("2026-03-12T08:30:00.000Z"), outlet: { name: "Казинформ" } }]);
  });
});
