import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("the relationship in numbers: from the header, tables per year without JavaScript, each count a timeline view", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "В цифрах" }).click();
  await expect(page).toHaveURL(/\/numbers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Казахстан и США в цифрах");

  // The seeds: four meetings held on 5 February 2026 and a visit planned for March.
  const kinds = page.getByRole("table", { name: "Встречи по годам: всего, состоявшиеся, запланированные и по видам" });
  const year = kinds.getByRole("row", { name: /^2026/ });
  await expect(year.getByRole("cell")).toHaveText(["5", "4", "1", "2", "1", "1", "1", "0", "0"]);
  const levels = page.getByRole("table", { name: "Встречи по годам и по высшему уровню их участников" }).getByRole("row", { name: /^2026/ }).getByRole("cell");
  const perLevel = (await levels.allTextContents()).map(Number);
  expect(perLevel.reduce((a, b) => a + b, 0)).toBe(5);
  await expect(page.getByRole("table", { name: "Три темы, которые чаще всего обсуждались на встречах каждого года" }).getByRole("link").first()).toBeVisible();

  await year.getByRole("link", { name: "4", exact: true }).click();
  await expect(page).toHaveURL(/\/\?status=held&from=2026-01-01&to=2026-12-31$/);
  await expect(page.getByTestId("timeline-meeting")).toHaveCount(4);
  await context.close();
});

test("the numbers page in English, and no serious axe violations in either language or scheme", async ({ page }) => {
  test.setTimeout(120_000); // four full axe runs on a shared two-core machine
  await page.goto("/en/numbers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kazakhstan–US in numbers");
  await expect(page.getByRole("columnheader", { name: "Heads of state" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/numbers");
  await expectNoSeriousA11yViolations(page);
});

test("the officials and topics indexes sort by meetings or latest meeting through plain links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/topics");
  const order = page.getByRole("navigation", { name: "Порядок" });
  await expect(order.locator("[aria-current]")).toHaveText("по алфавиту");
  await order.getByRole("link", { name: "по числу встреч" }).click();
  await expect(page).toHaveURL(/\/topics\?sort=meetings$/);
  const meetings = (await page.getByTestId("topic-entry").locator("td:nth-child(2)").allTextContents()).map((s) => Number(s) || 0);
  expect(meetings).toEqual([...meetings].sort((a, b) => b - a));

  await page.goto("/officials?q=%D0%BA%D0%BE%D1%88%D0%B5%D1%80");
  await page.getByRole("navigation", { name: "Порядок" }).getByRole("link", { name: "по последней встрече" }).click();
  await expect(page).toHaveURL(/\/officials\?q=%D0%BA%D0%BE%D1%88%D0%B5%D1%80&sort=latest$/);
  await expect(page.getByTestId("official-entry").first()).toContainText("последняя — 5 февраля 2026");
  // Filtering again keeps the order.
  await page.getByLabel("Имя или фамилия").fill("Ландау");
  await page.getByLabel("Имя или фамилия").press("Enter");
  await expect(page).toHaveURL(/sort=latest/);
  await context.close();
});
