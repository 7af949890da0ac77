import { randomBytes, createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { Db } from "../../lib/db";
import { E2E_EDITORS, e2eDb, forbidDialogs, signIn } from "./support/editor";
import { captureAction, replay, type CapturedAction } from "./support/replay-action";

let db: Db;
test.beforeAll(() => {
  db = e2eDb();
});
test.afterAll(() => db.$disconnect());

const token = () => randomBytes(32).toString("base64url");

/** A session row that expired yesterday, and its cookie token. */
async function expiredToken(): Promise<string> {
  const t = token();
  const editor = await db.editor.findUniqueOrThrow({ where: { email: E2E_EDITORS.main.email }, select: { id: true } });
  await db.session.create({
    data: { id: createHash("sha256").update(t).digest("hex"), editorId: editor.id, createdAt: new Date(Date.now() - 2 * 86_400_000), expiresAt: new Date(Date.now() - 86_400_000) },
  });
  return t;
}

async function adminRoutes(): Promise<string[]> {
  const [article, meeting, official, topic, outlet] = await Promise.all([
    db.article.findFirstOrThrow({ select: { id: true } }),
    db.meeting.findFirstOrThrow({ select: { id: true } }),
    db.official.findFirstOrThrow({ select: { id: true } }),
    db.topic.findFirstOrThrow({ select: { id: true } }),
    db.outlet.findFirstOrThrow({ select: { id: true } }),
  ]);
  return [
    "/admin", "/admin/articles", "/admin/articles/new", `/admin/articles/${article.id}`, `/admin/articles/${article.id}/delete`,
    "/admin/meetings", `/admin/meetings/${meeting.id}`, "/admin/officials", `/admin/officials/${official.id}`, `/admin/officials/${official.id}/merge`,
    "/admin/topics", `/admin/topics/${topic.id}`, "/admin/audit", "/admin/sources", `/admin/sources/${outlet.id}`, "/admin/review",
  ];
}

/** Everything an editor's write could change. */
async function snapshot() {
  const [articles, meetings, officials, topics, participants, audit] = await Promise.all([
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, title: true } }),
    db.meeting.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } }),
    db.official.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } }),
    db.topic.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, labelRu: true } }),
    db.meetingParticipant.count(),
    db.auditLog.count(),
  ]);
  return { articles, meetings, officials, topics, participants, audit };
}

test("every admin page sends a visitor without a valid session to sign in", async ({ browser }) => {
  test.setTimeout(120_000);
  const routes = await adminRoutes();
  const cookies: [string, string | null][] = [["no cookie", null], ["forged", token()], ["expired", await expiredToken()]];
  for (const [label, value] of cookies) {
    const context = await browser.newContext();
    if (value) await context.addCookies([{ name: "chronicle_session", value, url: test.info().project.use.baseURL! }]);
    const page = await context.newPage();
    for (const route of routes) {
      await page.goto(route);
      await expect(page, `${label}: ${route}`).toHaveURL(/\/admin\/login$/);
    }
    await context.close();
  }
});

async function captureWrites(page: Page): Promise<Record<string, CapturedAction>> {
  const article = await db.article.findFirstOrThrow({ select: { id: true } });
  const meeting = await db.meeting.findFirstOrThrow({ select: { id: true } });
  const topic = await db.topic.findFirstOrThrow({ select: { id: true } });
  const actions: Record<string, CapturedAction> = {};
  await page.goto(`/admin/articles/${article.id}`);
  await page.getByLabel("Заголовок", { exact: true }).fill("Заголовок от злоумышленника");
  actions.updateArticle = await captureAction(page, () => page.getByRole("button", { name: "Сохранить" }).click());
  await page.goto(`/admin/articles/${article.id}/delete`);
  actions.deleteArticle = await captureAction(page, () => page.getByRole("button", { name: "Да, удалить статью" }).click());
  await page.goto(`/admin/meetings/${meeting.id}`);
  await page.getByLabel("Статус", { exact: true }).selectOption("planned");
  actions.updateMeeting = await captureAction(page, () => page.getByRole("button", { name: "Сохранить" }).click());
  await page.goto(`/admin/topics/${topic.id}`);
  await page.getByLabel("Название по-русски").fill("Тема от злоумышленника");
  actions.updateTopic = await captureAction(page, () => page.getByRole("button", { name: "Сохранить" }).click());
  return actions;
}

test("every captured write, sent again without a live session or from another site, is refused and changes nothing", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  const actions = await captureWrites(page);
  const live = (await page.context().cookies()).find((c) => c.name === "chronicle_session")?.value;
  expect(live).toBeTruthy();
  const before = await snapshot();

  const expired = await expiredToken();
  for (const [name, action] of Object.entries(actions)) {
    for (const [label, cookie] of [["no session", undefined], ["forged cookie", token()], ["expired session", expired]] as const) {
      const response = await replay(action, { cookie });
      expect(response.headers["x-action-redirect"] ?? "", `${name}, ${label}`).toContain("/admin/login");
    }
    // Another site's page posting with the editor's cookie (a browser would not even send it: SameSite=Lax).
    const crossSite = await replay(action, { cookie: live, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
    expect(crossSite.status, `${name}, cross-site`).toBe(403);
    // Without any Origin (a hand-made request): refused as well (proxy.ts; the action checks again).
    const noOrigin = await replay(action, { cookie: live, headers: { origin: null, "sec-fetch-site": null } });
    expect(noOrigin.text, `${name}, no origin`).toContain("Запрос пришёл не с этого сайта");
  }
  expect(await snapshot()).toEqual(before);

  // The same request with the live session and this site's origin does save: the refusals above were real.
  const accepted = await replay(actions.updateTopic!, { cookie: live });
  expect(accepted.status).toBe(200);
  const topic = await db.topic.findFirstOrThrow({ where: { labelRu: "Тема от злоумышленника" }, select: { id: true } });
  expect(topic.id).toBeGreaterThan(0);
});

test("a form on another site posting to an admin page changes nothing", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  const article = await db.article.findFirstOrThrow({ select: { id: true, version: true, title: true, body: true } });
  await page.goto(`/admin/articles/${article.id}`);
  const hidden = await page.locator("form input[type=hidden]").evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value] as [string, string]));
  const fields: [string, string][] = [...hidden, ["title", "Подмена заголовка"], ["body", "Подмена текста"]];
  const html = `<form method="post" action="${baseURL}/admin/articles/${article.id}">${fields
    .map(([n, v]) => `<input type="hidden" name="${n.replace(/"/g, "&quot;")}" value="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}">`)
    .join("")}<button>go</button></form>`;
  const evil = await context.newPage();
  await evil.setContent(html);
  await Promise.all([evil.waitForEvent("load"), evil.getByRole("button", { name: "go" }).click()]);
  const after = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true, title: true, body: true } });
  expect(after).toEqual({ version: article.version, title: article.title, body: article.body });
  await context.close();
});

test("wrong passwords slow the guesser's address down, not the editor signing in from elsewhere", async ({ browser }) => {
  test.setTimeout(120_000);
  // The e2e server trusts loopback as its proxy (scripts/e2e-server.ts), so each context is a client
  // address of its own, as behind a real proxy.
  const guesser = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const page = await guesser.newPage();
  await page.goto("/admin/login");
  const status = page.getByTestId("form-status");
  const attempt = async (email: string, password: string) => {
    await page.getByLabel("Электронная почта").fill(email);
    await page.getByLabel("Пароль").fill(password);
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Войти" }).click()]);
    // The form clears the password once the answer is in: the next attempt starts from there.
    await expect(page.getByLabel("Пароль")).toHaveValue("");
    return (await status.textContent()) ?? "";
  };
  const answers: string[] = [];
  for (let i = 1; i <= 8 && !answers.some((a) => /Слишком много неудачных попыток/.test(a)); i++) {
    answers.push(await attempt(E2E_EDITORS.victim.email, `wrong password ${i}`));
  }
  expect(answers.slice(0, 3)).toEqual(Array(3).fill("Неверная почта или пароль."));
  expect(answers.at(-1)).toMatch(/Слишком много неудачных попыток/);
  // An unknown email gets the same answer as a wrong password.
  expect(await attempt("nobody-here@example.org", "whatever password")).toBe("Неверная почта или пароль.");

  const editor = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.10" } });
  await signIn(await editor.newPage(), E2E_EDITORS.victim);
  await guesser.close();
  await editor.close();
});

test("markup, script URLs and SQL in an article are stored as text and shown escaped: pages, search, API, feed", async ({ page }) => {
  test.setTimeout(120_000);
  forbidDialogs(page);
  const title = `<script>alert("title")</script> Казахстан и США: <b>тест</b>`;
  const payload = `<img src=x onerror=alert(1)> <a href="javascript:alert(2)">ссылка</a> [ссылка](javascript:alert(3)) '; DROP TABLE "Article"; --`;
  const place = "<img src=x onerror=alert(4)>";
  await signIn(page);
  await page.goto("/admin/articles/new");
  await page.getByLabel("Заполнить поля").check();
  await page.getByLabel("Заголовок", { exact: true }).fill(title);
  await page.getByLabel("Дата публикации").fill("2026-03-12");
  await page.getByLabel("Место выпуска (город)").fill("Астана");
  await page.getByLabel("Текст", { exact: true }).fill(`Министр иностранных дел Казахстана Ермек Кошербаев 12 марта 2026 года провел переговоры с сенатором США Стивом Дэйнсом.\n\n${payload}`);
  await page.getByRole("button", { name: "Извлечь" }).click();
  const meeting = page.getByTestId("draft-meeting").first();
  await expect(meeting).toBeVisible({ timeout: 30_000 });
  await meeting.getByLabel("Место", { exact: true }).fill(place);
  await page.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByText("Статья опубликована.")).toBeVisible({ timeout: 30_000 });

  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByLabel("Текст", { exact: true })).toHaveValue(new RegExp(payload.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await page.goto("/admin/articles");
  await expect(page.getByTestId("admin-articles")).toContainText(title);
  await page.goto("/");
  const row = page.getByTestId("timeline-meeting").filter({ has: page.locator('time[datetime="2026-03-12"]') });
  await expect(row).toContainText(place);
  const stored = await db.article.findFirstOrThrow({ where: { title }, select: { slug: true, body: true } });
  expect(stored.body).toContain(`'; DROP TABLE "Article"; --`);

  // Search: the title and the snippet show the markup as text, the tag-like parts included.
  const search = `/search?q=${encodeURIComponent("ссылка DROP")}`;
  await page.goto(search);
  const hit = page.getByTestId("search-hit").filter({ hasText: "Казахстан и США: <b>тест</b>" });
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText(title);
  await expect(hit.getByTestId("search-snippet")).toContainText(`<a href="javascript:alert(2)">ссылка</a> [ссылка](javascript:alert(3)) '; DROP TABLE "Article`);

  // The JSON API gives the same strings back; the Atom feed escapes them.
  const api = await page.request.get(`/api/v1/articles/${stored.slug}`);
  expect(await api.json()).toMatchObject({ title, paragraphs: expect.arrayContaining([payload]) });
  const feed = await (await page.request.get("/articles/feed.xml")).text();
  expect(feed).toContain(`<title type="text">&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Казахстан и США: &lt;b&gt;тест&lt;/b&gt;</title>`);
  expect(feed).not.toMatch(/<script|<b>|<img/);

  // Nowhere, opened in the browser, does any of it become an element or a live link.
  for (const path of ["/", "/admin/articles", search, `/api/v1/articles/${stored.slug}`, "/articles/feed.xml"]) {
    await page.goto(path);
    expect(await page.locator('img[src="x"], script:not([src]):text("alert"), b:text("тест")').count(), path).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count(), path).toBe(0);
  }
  expect(await db.article.count()).toBeGreaterThan(1);
});
