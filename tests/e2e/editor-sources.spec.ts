import { expect, test, type Page } from "@playwright/test";
import { startSourceFixtures, type SourceFixtures } from "../support/source-fixture-server";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { forbidDialogs, signIn } from "./support/editor";

let fixtures: SourceFixtures;
test.beforeAll(async () => {
  fixtures = await startSourceFixtures();
});
test.afterAll(() => fixtures.close());

/** The new-source form on /admin/sources, filled and sent. */
async function addSource(page: Page, name: string, feedPath: string) {
  await page.getByLabel("Издание").fill(name);
  await page.getByLabel("Адрес ленты RSS/Atom или страницы со списком статей").fill(fixtures.url(feedPath));
  await page.getByRole("button", { name: "Добавить и опросить" }).click();
}

test("an editor adds a source, it is polled end to end and its item is on the timeline; a broken one says why", async ({ page }) => {
  test.setTimeout(120_000);
  forbidDialogs(page);
  await signIn(page);
  await page.getByRole("navigation", { name: "Разделы редакции" }).getByRole("link", { name: "Источники" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Источники" })).toBeVisible();
  // The seeded outlets are listed, none polled on a fresh install.
  await expect(page.locator('tr[data-source="ТАСС"]')).toContainText("на паузе");
  await expectNoSeriousA11yViolations(page);

  await addSource(page, "Степной вестник", "/e2e/feed.xml");
  await expect(page.getByText("Источник «Степной вестник» добавлен")).toBeVisible();

  const row = page.locator('tr[data-source="Степной вестник"]');
  // The worker beside the server polls it within seconds: one item found and published.
  await expect(async () => {
    await page.reload();
    await expect(row.locator("td").nth(1)).toHaveText("1"); // found
    await expect(row.locator("td").nth(3)).toHaveText("1"); // published
  }).toPass({ timeout: 60_000 });
  expect(fixtures.requests("/e2e/call")).toBe(1);

  // On the timeline, newest first: the call, with its outlet's page behind it.
  await page.goto("/");
  const first = page.getByTestId("timeline-meeting").first();
  await expect(first).toContainText("10 июня 2026");
  await expect(first).toContainText("Марко Рубио");
  await first.getByRole("link", { name: /10 июня 2026/ }).click();
  await expect(page.getByTestId("original-link").first()).toContainText("Степной вестник");
  await expect(page.getByTestId("original-link").first().getByRole("link")).toHaveAttribute("href", fixtures.url("/e2e/call"));

  // A source whose site answers 500: the reason in /admin/sources, nothing found.
  await page.goto("/admin/sources");
  await addSource(page, "Сломанный сайт", "/broken");
  const broken = page.locator('tr[data-source="Сломанный сайт"]');
  await expect(async () => {
    await page.reload();
    await expect(broken.getByTestId("source-error")).toHaveText("Сайт ответил ошибкой 500: страница не загружена. (ошибок подряд: 1)");
  }).toPass({ timeout: 60_000 });
  await expect(broken.locator("td").nth(1)).toHaveText("0");

  // Pause: the source is no longer polled.
  await broken.getByRole("button", { name: "Пауза" }).click();
  await expect(broken.getByText("Опрос источника приостановлен.")).toBeVisible();
  await page.reload();
  await expect(broken).toContainText("на паузе");
});

test("an item the importer is unsure of waits for review, off the public pages, until an editor publishes it from the preview", async ({ page }) => {
  test.setTimeout(120_000);
  forbidDialogs(page);
  await signIn(page);
  await page.goto("/admin/sources");
  await addSource(page, "Вестник консультаций", "/unsure/feed.xml");
  const row = page.locator('tr[data-source="Вестник консультаций"]');
  await expect(async () => {
    await page.reload();
    await expect(row.locator("td").nth(4)).toHaveText("1"); // for review
  }).toPass({ timeout: 60_000 });
  await expect(row.locator("td").nth(3)).toHaveText("0"); // published

  // Not public yet: search finds nothing of it.
  await page.goto("/search?q=Жумабеков");
  await expect(page.getByText("Арман Жумабеков")).toHaveCount(0);

  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "Материалов из источников ждут проверки: 1" })).toBeVisible();
  await page.getByRole("navigation", { name: "Разделы редакции" }).getByRole("link", { name: "На проверке" }).click();
  const item = page.getByTestId("review-items").getByRole("listitem").filter({ hasText: "В Астане прошли консультации с делегацией США" });
  await expect(item).toContainText("названы лица, которых нет ни в словаре, ни в архиве");
  await expectNoSeriousA11yViolations(page);
  await item.getByRole("link", { name: "Открыть и опубликовать" }).click();
  await expect(page.getByRole("heading", { name: "Что найдено" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Адрес оригинала")).toHaveValue(fixtures.url("/unsure/visit"));
  await expect(page.getByLabel("Издание (кто опубликовал)")).toHaveValue("Вестник консультаций");
  await page.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByText("Статья опубликована.")).toBeVisible({ timeout: 30_000 });

  await page.goto("/admin/review");
  await expect(page.getByText("В Астане прошли консультации с делегацией США")).toHaveCount(0);
  await page.goto("/admin/sources");
  await expect(row.locator("td").nth(3)).toHaveText("1"); // published
  await expect(row.locator("td").nth(4)).toHaveText("0"); // for review
  // Public now: the same search finds it.
  await page.goto("/search?q=Жумабеков");
  await expect(page.getByRole("link", { name: "В Астане прошли консультации с делегацией США" })).toBeVisible();
});

test("an editor edits a source's feed address and English name: an invalid address is refused beside the field and nothing saved, a valid one saved and in the change log", async ({ page }) => {
  forbidDialogs(page);
  await signIn(page);
  await page.goto("/admin/sources");
  // A seeded outlet, paused: saving it polls nothing.
  await page.locator('tr[data-source="ТАСС"]').getByRole("link", { name: "Изменить: ТАСС" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Источник «ТАСС»" })).toBeVisible();
  const feed = page.getByLabel("Адрес ленты RSS/Atom или страницы со списком статей");
  const before = await feed.inputValue();
  expect(before).toMatch(/^https:\/\//);
  await expectNoSeriousA11yViolations(page);

  await feed.fill("ftp://tass.ru/rss/v2.xml");
  await page.getByRole("button", { name: "Сохранить" }).click();
  const form = page.getByTestId("edit-source");
  await expect(form.getByTestId("field-error")).toHaveText("Адрес страницы вида https://… (только http или https).");
  await expect(feed).toHaveAttribute("aria-invalid", "true");
  await expect(feed).toHaveValue("ftp://tass.ru/rss/v2.xml");
  await page.reload();
  await expect(feed).toHaveValue(before);

  // Its English name, as the migration filled it for the seeded outlets, is edited beside the address.
  const english = page.getByLabel("Название по-английски");
  await expect(english).toHaveValue("TASS");
  await english.fill("TASS Russian News Agency");
  await feed.fill("https://tass.ru/rss/kazakhstan.xml");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Источник сохранён.")).toBeVisible();
  await page.reload();
  await expect(feed).toHaveValue("https://tass.ru/rss/kazakhstan.xml");
  await expect(english).toHaveValue("TASS Russian News Agency");
  await expect(page.getByRole("checkbox", { name: "Опрашивать по расписанию" })).not.toBeChecked();
  // Its change log, here and in the editors' journal: who changed what, before → after.
  const history = page.getByTestId("audit-log");
  await expect(history).toContainText("Лента или страница со списком");
  await expect(history).toContainText(`${before} → https://tass.ru/rss/kazakhstan.xml`);
  await expect(history).toContainText("TASS → TASS Russian News Agency");
  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-log").getByRole("listitem").first()).toContainText("изменил(а) источник");
});

test("a rewrite of a stored story waits as its possible reprint, linked; attached by the editor, its page is one more of that article", async ({ page }) => {
  test.setTimeout(120_000);
  forbidDialogs(page);
  await signIn(page);
  await page.goto("/admin/sources");
  await addSource(page, "Вестник пересказов", "/rewrite/feed.xml");
  const row = page.locator('tr[data-source="Вестник пересказов"]');
  // Two reports of one call, fetched by the worker: whichever is stored first publishes, the other waits.
  await expect(async () => {
    await page.reload();
    await expect(row.locator("td").nth(3)).toHaveText("1"); // published
    await expect(row.locator("td").nth(4)).toHaveText("1"); // for review
  }).toPass({ timeout: 60_000 });

  await page.goto("/admin/review");
  const reason = page.getByTestId("possible-reprint");
  await expect(reason).toHaveCount(1);
  await expect(reason).toContainText("возможно, перепечатка статьи");
  const resembled = reason.getByRole("link");
  const title = (await resembled.textContent())!;
  const articlePath = (await resembled.getAttribute("href"))!;
  expect(articlePath).toMatch(/^\/articles\//);
  const item = page.getByTestId("review-items").getByRole("listitem").filter({ has: reason });
  const heldUrl = (await item.getByRole("link", { name: /^http/ }).textContent())!;
  await expectNoSeriousA11yViolations(page);
  await item.getByRole("button", { name: "Присоединить как перепечатку" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`Адрес материала добавлен к статье «${title}» как её перепечатка.`);
  await expect(page.getByTestId("possible-reprint")).toHaveCount(0);

  await page.goto(articlePath);
  await expect(page.getByTestId("also-published").first().locator(`a[href="${heldUrl}"]`)).toHaveText("Вестник пересказов");
});
