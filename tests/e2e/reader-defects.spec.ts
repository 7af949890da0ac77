import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("printed pages keep their own title; only the site's header and footer are left out", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  for (const path of ["/officials/yermek-kosherbayev", "/topics/critical-minerals", "/?kind=talks"]) {
    await page.goto(path);
    await expect(page.locator("body > header"), path).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  }
  await page.getByTestId("timeline-meeting").first().getByRole("link", { name: /^Подробнее о встрече/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByTestId("meeting-source").getByRole("heading", { level: 3 }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the home page's title names the site, in both editions", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Хроника — Архив казахстанско-американской дипломатии");
  await page.goto("/en");
  await expect(page).toHaveTitle("Chronicle — An archive of Kazakhstan–US diplomacy");
});

test("titles: a derived one is a whole sentence; a meeting with nobody named is titled by its place", async ({ page }) => {
  await page.goto("/?status=planned");
  await page.getByTestId("timeline-meeting").getByRole("link", { name: "Подробнее о встрече: Казахстан: визит" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Казахстан: визит");
  await page.goto("/search?q=Маст");
  await page.getByTestId("search-hit").getByRole("heading").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/сенатором Стивом Дэйнсом$/);
});

test("the planned badge does not look like a search highlight, and says the kind", async ({ page }) => {
  await page.goto("/search?q=визит");
  const mark = page.locator("mark").first();
  await expect(mark).toBeVisible();
  const badge = page.locator(".badge-planned").first();
  await expect(badge).toHaveText("визит запланирован");
  const look = (l: typeof mark) => l.evaluate((e) => ({ background: getComputedStyle(e).backgroundColor, border: getComputedStyle(e).borderStyle }));
  const [m, b] = [await look(mark), await look(badge)];
  expect(b.background).not.toBe(m.background);
  expect(b.border).toBe("dashed");
});

test("the month chart names its months, in the page's language", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("chart-axis").first()).toContainText("февр.");
  await expect(page.getByTestId("chart-axis").first()).toContainText("2026");
  await page.goto("/en");
  await expect(page.getByTestId("chart-axis").first()).toContainText("Feb");
});

test("on a 375 px phone the filters fold and the first meeting shows without scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto("/");
  const first = page.getByTestId("timeline-meeting").first();
  const box = await first.boundingBox();
  expect(box && box.y + 40).toBeLessThan(667);
  await expect(page.getByLabel("Официальное лицо")).toBeHidden();
  await page.locator("summary", { hasText: "Фильтры" }).click();
  await expect(page.getByLabel("Официальное лицо")).toBeVisible();
  // With a filter in force the panel opens by itself; on a wide screen it always stands open.
  await page.goto("/?kind=talks");
  await expect(page.getByLabel("Вид")).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await expect(page.getByLabel("Официальное лицо")).toBeVisible();
});

test("a topic shows its phrasings as a reader reads them: one «C5+1», no wildcard", async ({ page }) => {
  await page.goto("/topics/c5-plus-1");
  const texts = await page.locator("section[aria-labelledby='phrasings-title'] li").allInnerTexts();
  expect(texts.filter((p) => /^[СC]5\+1$/.test(p))).toHaveLength(1);
  await page.goto("/topics/critical-minerals");
  const minerals = await page.locator("section[aria-labelledby='phrasings-title'] li").allInnerTexts();
  expect(minerals.some((p) => p.includes("*"))).toBe(false);
  expect(minerals).toContain("критических … полезных ископаемых");
});

test("search says how it read a misspelt name", async ({ page }) => {
  await page.goto("/search?q=Кошербаеф");
  await expect(page.getByText("«Кошербаеф» прочитано как «Кошербаев».")).toBeVisible();
  await page.goto("/en/search?q=Кошербаеф");
  await expect(page.getByText("“Кошербаеф” was read as “Кошербаев”.")).toBeVisible();
});

for (const [name, path, width] of [
  ["timeline at 375 px", "/", 375],
  ["search with a misspelt name", "/search?q=Кошербаеф", 1280],
  ["topic", "/topics/critical-minerals", 1280],
] as const) {
  test(`axe finds no serious or critical violations: ${name}, in both editions`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    for (const url of [path, path === "/" ? "/en" : `/en${path}`]) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoSeriousA11yViolations(page);
    }
  });
}
