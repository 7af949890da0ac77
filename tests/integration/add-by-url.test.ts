import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { draftFromUrl } from "../../lib/actions/articles/draft-from-url";
import { publishArticle } from "../../lib/actions/articles/publish-article";
import { ActionError } from "../../lib/actions/errors";
import { createDb, type Db } from "../../lib/db";
import { decodeHtml } from "../../lib/fetch-page/decode-html";
import { addressPolicy, FETCH_DEFAULTS, fetchPage, type FetchOptions } from "../../lib/fetch-page/fetch-page";
import { isPublicAddress } from "../../lib/fetch-page/public-address";
import { readArticleHtml } from "../../lib/fetch-page/read-article-html";
import { readPageOffThread } from "../../lib/fetch-page/read-page-pool";
import { messages } from "../../lib/i18n/messages";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { asPublishInput, makeEditor } from "../support/editor-fixtures";
import { startPageFixtures } from "../support/page-fixture-server";
import { resetDatabase } from "../support/reset-database";

let db: Db;
let fixtures: Awaited<ReturnType<typeof startPageFixtures>>;
const allowed: FetchOptions = { ...FETCH_DEFAULTS, timeoutMs: 1_500, allowAddress: addressPolicy(true) };
const ru = messages.ru.admin.errors;
const en = messages.en.admin.errors;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  fixtures = await startPageFixtures();
});
afterAll(async () => {
  await fixtures.close();
  await db.$disconnect();
});
beforeEach(() => resetDatabase(db));

async function read(path: string) {
  const page = await fetchPage(fixtures.url(path), allowed);
  return readArticleHtml(decodeHtml(page.body, page.contentType), page.url);
}

/** The refusal beside the URL field, or a failure when there was none. */
async function refusal(url: string, errors = ru, options = allowed): Promise<string> {
  const error = await draftFromUrl(db, url, errors, options).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  return (error as ActionError).fieldErrors.url ?? "";
}

describe("the article inside a news page", () => {
  it("an agency page: the text without navigation, ads, captions or related links; title, outlet, date and canonical URL from its metadata", async () => {
    const a = await read("/ru/politics/koshherbaev-landau-tranzit");
    expect(a.title).toBe("Кошербаев и Ландау обсудили транзит и энергетику");
    expect(a.outlet).toBe("Степной вестник");
    expect(a.publishedOn).toBe("2026-02-05");
    expect(a.canonicalUrl).toBe(fixtures.url("/ru/politics/koshherbaev-landau-tranzit"));
    expect(a.paragraphs[0]).toMatch(/^ВАШИНГТОН\. 5 февраля\. – Министр иностранных дел Казахстана Ермек Кошербаев/);
    expect(a.paragraphs).toHaveLength(4);
    const text = a.paragraphs.join("\n");
    for (const noise of ["Политика", "Читайте также", "Купите квартиру", "Telegram", "Все права защищены", "просмотра"]) expect(text).not.toContain(noise);
  });

  it("a portal whose text is split by <br>: one paragraph per break, the inline ad and comments left out", async () => {
    const a = await read("/news/consultations");
    expect(a.title).toBe("В Астане прошли казахстанско-американские консультации");
    expect(a.outlet).toBe("Деловой портал");
    expect(a.publishedOn).toBe("2026-03-13");
    expect(a.paragraphs.slice(0, 4)).toEqual([
      "Посол США в Казахстане Джордж Хилл встретился с министром иностранных дел Казахстана Ермеком Кошербаевым в Астане.",
      "Стороны обсудили подготовку визита казахстанской делегации в Вашингтон и ход реализации договоренностей, достигнутых в рамках формата С5+1.",
      "Отдельное внимание было уделено торговле, инвестициям и сотрудничеству в области цифровых технологий.",
      "По итогам встречи стороны договорились продолжить регулярный политический диалог и согласовать график контактов на высоком уровне.",
    ]);
    expect(a.paragraphs.join(" ")).not.toMatch(/Кредит наличными|Хорошая новость|налоговый вычет/);
  });

  it("a windows-1251 page whose charset is only in <meta>", async () => {
    const a = await read("/wire/tokayev-rubio");
    expect(a.title).toBe("Токаев провел телефонный разговор с Рубио");
    expect(a.paragraphs.join(" ")).toContain("Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с государственным секретарем США Марко Рубио");
    expect(a.outlet).toBe("127.0.0.1");
  });
});

describe("reading a page off the serving thread", () => {
  it("a 1 MB page is read on a worker: the event loop keeps ticking meanwhile", async () => {
    const { readFileSync } = await import("node:fs");
    const html = readFileSync(new URL("../fixtures/pages/news-agency.html", import.meta.url), "utf8");
    const related = '<div class="related"><a href="/x">Ссылка на другую новость дня</a><p>Короткий анонс другой новости.</p></div>';
    const big = html.replace("</aside>", `${related.repeat(8_000)}</aside>`);
    let last = performance.now();
    let worstGap = 0;
    const ticker = setInterval(() => {
      worstGap = Math.max(worstGap, performance.now() - last);
      last = performance.now();
    }, 5);
    try {
      const page = await readPageOffThread({ body: new TextEncoder().encode(big), contentType: "text/html; charset=utf-8", url: "https://example.org/a" });
      expect(page.title).toBe("Кошербаев и Ландау обсудили транзит и энергетику");
    } finally {
      clearInterval(ticker);
    }
    expect(worstGap).toBeLessThan(250);
  });
});

describe("Add by URL", () => {
  it("of another outlet's copy of a published story adds that page to the story's article", async () => {
    const ann = await makeEditor(db);
    const original = await publishArticle(db, asPublishInput(await draftFromUrl(db, fixtures.url("/ru/politics/koshherbaev-landau-tranzit"), ru, allowed)), ann.id, ru);
    const copy = await draftFromUrl(db, fixtures.url("/economy/kazakhstan-usa-tranzit"), ru, allowed);
    expect(copy.article).toMatchObject({ outlet: "Деловая газета", title: "Казахстан и США обсудили транзит, минералы и энергетику" });
    expect(await publishArticle(db, asPublishInput(copy), ann.id, ru)).toMatchObject({ articleId: original.articleId, reprint: true });
    expect(await db.article.count()).toBe(1);
    const urls = await db.articleUrl.findMany({ orderBy: { id: "asc" }, select: { url: true, original: true, outlet: { select: { name: true } } } });
    expect(urls).toEqual([
      { url: fixtures.url("/ru/politics/koshherbaev-landau-tranzit"), original: true, outlet: { name: "Степной вестник" } },
      { url: fixtures.url("/economy/kazakhstan-usa-tranzit"), original: false, outlet: { name: "Деловая газета" } },
    ]);
  });

  it("gives the same preview as the pasted text, with the canonical URL, outlet and fetch time, and publishes them", async () => {
    const draft = await draftFromUrl(db, fixtures.url("/moved"), ru, allowed);
    expect(draft.article).toMatchObject({ title: "Кошербаев и Ландау обсудили транзит и энергетику", publishedOn: "2026-02-05", outlet: "Степной вестник", url: fixtures.url("/ru/politics/koshherbaev-landau-tranzit") });
    expect(draft.officials.map((o) => o.name)).toEqual(expect.arrayContaining(["Ермек Кошербаев", "Кристофер Ландау"]));
    expect(draft.meetings.length).toBeGreaterThan(0);
    expect(Date.now() - Date.parse(draft.fetchedAt ?? "")).toBeLessThan(60_000);

    const ann = await makeEditor(db);
    const { articleId } = await publishArticle(db, asPublishInput(draft), ann.id, ru);
    const stored = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { outlet: { select: { name: true } }, urls: { select: { url: true, original: true, fetchedAt: true } } } });
    expect(stored.outlet?.name).toBe("Степной вестник");
    expect(stored.urls).toEqual([{ url: fixtures.url("/ru/politics/koshherbaev-landau-tranzit"), original: true, fetchedAt: new Date(draft.fetchedAt!) }]);

    // The same page again is refused before anything is extracted.
    expect(await refusal(fixtures.url("/ru/politics/koshherbaev-landau-tranzit"), en)).toBe(en.urlTaken("Кошербаев и Ландау обсудили транзит и энергетику"));
  });

  it("says in the interface language why a page cannot be added, and writes nothing", async () => {
    expect(await refusal(fixtures.url("/missing"))).toBe(ru.fetch.httpStatus(404));
    expect(await refusal(fixtures.url("/broken"), en)).toBe(en.fetch.httpStatus(500));
    expect(await refusal(fixtures.url("/hang"))).toBe(ru.fetch.timeout(2));
    expect(await refusal(fixtures.url("/slow-body"), en)).toBe(en.fetch.timeout(2));
    expect(await refusal(fixtures.url("/huge"))).toBe(ru.fetch.tooLarge(5));
    expect(await refusal(fixtures.url("/loop-a"), en)).toBe(en.fetch.tooManyRedirects(5));
    expect(await refusal(fixtures.url("/report.pdf"))).toBe(ru.fetch.notHtml);
    expect(await refusal(fixtures.url("/listing"), en)).toBe(en.fetch.noArticle);
    expect(await refusal("http://no-such-host.invalid/a")).toBe(ru.fetch.dns("no-such-host.invalid"));
    expect(await db.article.count()).toBe(0);
    expect(await db.articleUrl.count()).toBe(0);
  });

  it("refuses loopback, private and link-local addresses unless allowed, also when reached by a name", async () => {
    const guarded = { ...allowed, allowAddress: addressPolicy(false) };
    expect(await refusal(fixtures.url("/ru/politics/koshherbaev-landau-tranzit"), en, guarded)).toBe(en.fetch.privateAddress("127.0.0.1"));
    const port = new URL(fixtures.origin).port;
    expect(await refusal(`http://localhost:${port}/moved`, ru, guarded)).toBe(ru.fetch.privateAddress("localhost"));
    for (const host of ["10.1.2.3", "169.254.169.254", "[::1]", "[::ffff:127.0.0.1]"]) {
      expect(await refusal(`http://${host}/latest/meta-data/`, en, guarded)).toMatch(/internal network or this machine/);
    }
  });

  it("checks every hop: a page that is allowed redirecting to a private address is refused at the redirect", async () => {
    // The fixture server alone stands in for "the public internet"; every other private address stays refused.
    const onlyFixtures = { ...allowed, allowAddress: (a: string) => a === "127.0.0.1" || isPublicAddress(a) };
    await expect(draftFromUrl(db, fixtures.url("/moved"), en, onlyFixtures)).resolves.toMatchObject({ fetchedAt: expect.any(String) });
    for (const target of ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin", "http://[::1]/"]) {
      const hop = fixtures.url(`/redirect?to=${encodeURIComponent(target)}`);
      expect(await refusal(hop, en, onlyFixtures)).toBe(en.fetch.privateAddress(new URL(target).hostname.replace(/^\[|\]$/g, "")));
    }
  });
});
