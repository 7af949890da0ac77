import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test.setTimeout(90_000);

test("the map of meeting places, with its table, filtered like the timeline", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Карта" }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByRole("heading", { level: 1, name: "Где встречались" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Карта мира с 2 местами встреч/ })).toBeVisible();
  await expect(page.locator("svg.meeting-map circle")).toHaveCount(2);
  const rows = page.getByTestId("map-places").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Вашингтон");
  await expect(rows.first()).toContainText("США");
  await expect(rows.first().getByRole("cell").nth(1)).toHaveText("4");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Статус").selectOption("planned");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/\/map\?status=planned$/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Казахстан");
});

test("the English map", async ({ page }) => {
  await page.goto("/en/map");
  await expect(page.getByRole("heading", { level: 1, name: "Where they met" })).toBeVisible();
  await expect(page.getByRole("img", { name: /World map with 2 meeting places/ })).toBeVisible();
  await expect(page.getByTestId("map-places").locator("tbody tr").first()).toContainText("Washington");
  await expectNoSeriousA11yViolations(page);
});
