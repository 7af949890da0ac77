import { parseFeed } from "@rowanmanning/feed-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as articleRoute from "../../app/api/v1/articles/[slug]/route";
import * as searchRoute from "../../app/api/v1/search/route";
import * as articlesFeed from "../../app/articles/feed.xml/route";
import * as meetingsFeed from "../../app/meetings/feed.xml/route";
import { extractDraft } from "../../lib/actions/articles/extract-draft";
import { publishArticle } from "../../lib/actions/articles/publish-article";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { syncTopics } from "../../lib/importer/store/sync-topics";
import { publishArticleSchema } from "../../lib/validation/article-draft";
import { callRoute } from "../support/call-route";
import { asPublishInput, errors, makeEditor } from "../support/editor-fixtures";
import { resetDatabase } from "../support/reset-database";

// What an attacker (or an article quoting one) could put in each field an editor publishes.
const TITLE = `<script>alert("title")</script> Казахстан и США: <b>тест</b>`;
const LEAD = `<img src=x onerror=alert(5)> Подзаголовок с <a href="javascript:alert(6)">ссылкой</a>`;
const PAYLOAD = `<img src=x onerror=alert(1)> <a href="javascript:alert(2)">ссылка</a> [ссылка](javascript:alert(3)) '; DROP TABLE "Article"; --`;
const PLACE = `<img src=x onerror=alert(4)>`;
const BODY = `Министр иностранных дел Казахстана Ермек Кошербаев 12 марта 2026 года провел переговоры с сенатором США Стивом Дэйнсом.\n\n${PAYLOAD}`;

let db: Db;
let slug: string;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await resetDatabase(db);
  await syncTopics(db);
  const editor = await makeEditor(db);
  const draft = await extractDraft(db, { mode: "fields", title: TITLE, lead: LEAD, publishedOn: "2026-03-12", dateline: "Астана", source: null, body: BODY }, errors);
  draft.meetings[0]!.place = PLACE;
  ({ slug } = await publishArticle(db, publishArticleSchema.parse(asPublishInput(draft)), editor.id, errors));
});
afterAll(() => db.$disconnect());

/** Markup that would run or load something if a consumer took the text for HTML/XML. */
const LIVE_MARKUP = /<script|<img|<a\s|<b>|href="javascript:/i;

describe("an article with markup, script URLs and SQL, published by an editor", () => {
  it("is stored exactly as typed, and the SQL in it is only text", async () => {
    const stored = await db.article.findUniqueOrThrow({ where: { slug }, select: { title: true, lead: true, body: true } });
    expect(stored).toEqual({ title: TITLE, lead: LEAD, body: BODY });
    expect(await db.article.count()).toBe(1);
  });

  it("comes back from the JSON API as the same strings, served as JSON", async () => {
    const response = await callRoute(articleRoute.GET, `/api/v1/articles/${slug}`, { params: { slug } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = await response.json();
    expect(body).toMatchObject({ title: TITLE, lead: LEAD, paragraphs: BODY.split("\n\n") });
  });

  it("shows in the search API's title and snippet as text, the markup words included, with only matches marked", async () => {
    const response = await callRoute(searchRoute.GET, `/api/v1/search?q=${encodeURIComponent("ссылка DROP")}`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { slug: string; title: { text: string; hit: boolean }[]; snippet: { text: string; hit: boolean }[] }[] };
    const hit = data.find((h) => h.slug === slug)!;
    expect(hit.title.map((s) => s.text).join("")).toBe(TITLE);
    const snippet = hit.snippet.map((s) => s.text).join("");
    // Whatever looks like a tag stays in the snippet as text: each passage is the article's own text,
    // markup included.
    expect(snippet).toMatch(/<a href="javascript:alert\(\d\)">ссылк/);
    const text = [TITLE, LEAD, BODY].join(" ").replace(/\s+/g, " ");
    for (const passage of snippet.replace(/^… | …$/g, "").split(" … ")) expect(text).toContain(passage.trim());
    expect(hit.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase())).toEqual(expect.arrayContaining(["ссылка", "drop"]));
  });

  it("is escaped in the Atom feeds: a feed reader gets the text back, never live markup", async () => {
    const articles = await (await callRoute(articlesFeed.GET, "/articles/feed.xml")).text();
    expect(articles).not.toMatch(LIVE_MARKUP);
    expect(articles).toContain("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;");
    const entry = parseFeed(articles).items.find((i) => i.title === TITLE);
    expect(entry?.description).toBe(LEAD);

    const meetings = await (await callRoute(meetingsFeed.GET, "/meetings/feed.xml")).text();
    expect(meetings).not.toMatch(LIVE_MARKUP);
    const meeting = parseFeed(meetings).items.find((i) => i.content?.includes(PLACE) || i.title?.includes(PLACE));
    expect(meeting, "the meeting's place, set by the editor, comes back as text").toBeDefined();
  });
});
