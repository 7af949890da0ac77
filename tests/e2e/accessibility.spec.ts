import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

// axe reads each page twice (light and dark), six pages: slow on a loaded machine.
test.setTimeout(120_000);

test("the timeline, a meeting, an article and search have no serious or critical axe violations, light or dark", async ({ page }) => {
  await page.goto("/");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/?official=yermek-kosherbayev&from=2026-02");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: /^Подробнее о встрече/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByTestId("meeting-source").getByRole("heading", { level: 3 }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "О публикации" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/search?q=Кошербаевым");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/api");
  await expectNoSeriousA11yViolations(page);
});

test("the timeline can be used by keyboard: skip link, filters, a visible focus ring", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Перейти к содержанию" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.getByLabel("Вид").focus();
  const outline = await page.getByLabel("Вид").evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.getByLabel("Вид").selectOption("conference");
  await page.getByRole("button", { name: "Показать" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/\?kind=conference$/);
});

test("headings go in order on every page type", async ({ page }) => {
  for (const path of ["/", "/?kind=talks"]) {
    await page.goto(path);
    const levels = await page.locator("main").locator("h1, h2, h3, h4").evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${path}: ${levels.join(",")}`).toBeLessThanOrEqual(1);
  }
  await page.getByRole("link", { name: /^Подробнее о встрече/ }).click();
  for (const link of [null, page.getByTestId("meeting-source").getByRole("heading", { level: 3 }).getByRole("link")]) {
    if (link) await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const levels = await page.locator("main").locator("h1, h2, h3, h4").evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, levels.join(",")).toBeLessThanOrEqual(1);
  }
});
