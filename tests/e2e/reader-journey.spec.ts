import { expect, test } from "@playwright/test";

test("a reader filters by an official, opens a meeting, follows a quote to the article, switches language and goes back", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Официальное лицо").selectOption({ label: "Кристофер Ландау (1)" });
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/\/\?official=christopher-landau$/);
  await expect(page.getByTestId("timeline-meeting")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Убрать фильтр «Кристофер Ландау»" })).toBeVisible();

  await page.getByRole("link", { name: "Подробнее о встрече: Ермек Кошербаев — Кристофер Ландау" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ермек Кошербаев — Кристофер Ландау" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Источники/ })).toBeVisible();
  const participants = page.getByRole("region", { name: "Участники" });
  await expect(participants.getByRole("listitem").filter({ hasText: "Кристофер Ландау" }).getByTestId("organisation")).toHaveText("организация: Государственный департамент США");
  const meetingUrl = page.url();
  const quote = page.getByTestId("evidence-quote").filter({ hasText: /участник: (Ермек Кошербаев, Кристофер Ландау|Кристофер Ландау, Ермек Кошербаев)/ }).first();
  await expect(quote).toContainText("провел встречу с первым заместителем госсекретаря США Кристофером Ландау");

  await quote.getByRole("link", { name: /^лид статьи/ }).click();
  await expect(page).toHaveURL(/\/articles\/2026-02-05-kazakhstan-i-ssha-[a-z-]+#p-lead$/);
  await expect(page.locator("#p-lead")).toContainText("Кристофером Ландау");
  expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe("p-lead");
  await expect(page.locator("#p-lead").getByRole("link", { name: "Кристофером Ландау" })).toHaveAttribute("href", "/officials/christopher-landau");

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/en\/articles\/2026-02-05-kazakhstan-i-ssha-[a-z-]+$/);
  await expect(page.getByRole("heading", { level: 2, name: "About this article" })).toBeVisible();
  await expect(page.getByRole("complementary").getByRole("link", { name: "Yermek Kosherbayev" })).toBeVisible();
  // The article's own text stays as published.
  await expect(page.locator("#p-lead")).toContainText("Кристофером Ландау");

  await expect(page.locator("#p-lead").getByRole("link", { name: "Кристофером Ландау" })).toHaveAttribute("href", "/en/officials/christopher-landau");

  // The choice is remembered: the Russian addresses visited before now open in English.
  await page.goto(meetingUrl);
  await expect(page).toHaveURL(meetingUrl.replace(/\/meetings\//, "/en/meetings/"));
  await expect(page.getByRole("heading", { level: 1, name: "Yermek Kosherbayev — Christopher Landau" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Participants" }).getByRole("listitem").filter({ hasText: "Yermek Kosherbayev" }).getByTestId("organisation")).toHaveText(
    "organisation: Ministry of Foreign Affairs of Kazakhstan",
  );
  await page.goto("/?official=christopher-landau");
  await expect(page).toHaveURL(/\/en\?official=christopher-landau$/);
  await expect(page.getByLabel("Official")).toHaveValue("christopher-landau");
  await expect(page.getByTestId("timeline-meeting")).toHaveCount(1);
});

test("the filter form works without JavaScript and lands on a clean, shareable address", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByLabel("Статус").selectOption("planned");
  await page.getByLabel("Порядок").selectOption("asc");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/\/\?status=planned&order=asc$/);
  await expect(page.getByTestId("timeline-meeting")).toHaveCount(1);
  // The badge agrees with the kind: «визит запланирован», not «визит, запланирована».
  await expect(page.getByTestId("timeline-meeting").locator(".badge-planned")).toHaveText("визит запланирован");
  await context.close();
});

test("the month chart filters on click, and the list is grouped by year and month", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "2026" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "февраль 2026 г." })).toBeVisible();
  await page.getByTestId("month-chart").getByRole("link", { name: /^март 2026 г\.: 1 встреча$/ }).click();
  await expect(page).toHaveURL(/\/\?from=2026-03-01&to=2026-03-31$/);
  await expect(page.getByTestId("timeline-meeting")).toHaveCount(1);
  await expect(page.getByText("месяц не установлен")).toHaveCount(0);
});

test("a filter set with no match explains itself and offers a way back; bad parameters are a notice", async ({ page }) => {
  await page.goto("/?official=christopher-landau&status=planned");
  const empty = page.getByTestId("timeline-empty");
  await expect(empty).toContainText("Ни одна встреча не подходит");
  await empty.getByRole("link", { name: "Убрать фильтр «запланирована»" }).click();
  await expect(page).toHaveURL(/\/\?official=christopher-landau$/);
  await expect(page.getByTestId("timeline-meeting")).toHaveCount(1);

  const response = await page.goto("/?kind=talks&from=2026-13&page=zero");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "не распознана" })).toContainText("from = «2026-13»");
  await expect(page.getByTestId("timeline-meeting")).toHaveCount(1);
});

test("meeting and article pages carry schema.org data and page titles; unknown ones are a 404 page", async ({ page }) => {
  await page.goto("/?kind=talks");
  await page.getByRole("link", { name: /^Подробнее о встрече/ }).click();
  await expect(page).toHaveTitle("Ермек Кошербаев — Кристофер Ландау, 5 февраля 2026 г. · Хроника");
  const event = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(event).toMatchObject({ "@type": "Event", startDate: "2026-02-05", location: { name: "Вашингтон" } });
  await expect(page.getByTestId("same-trip").getByTestId("timeline-meeting")).toHaveCount(3);

  await page.getByTestId("meeting-source").getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/articles\/2026-02-05-kazakhstan-i-ssha-/);
  const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(article).toMatchObject({ "@type": "NewsArticle", datePublished: "2026-02-05", inLanguage: "ru" });
  // After a client-side navigation the head is replaced a moment after the body: wait for it to settle.
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /^Казахстан и США/);

  for (const path of ["/meetings/999999", "/meetings/abc", "/articles/no-such-article", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/не найдена/);
  }
});
