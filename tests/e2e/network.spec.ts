import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test.setTimeout(90_000);

test("the network of officials is drawn and told as a table of pairs, filtered like the timeline", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Связи" }).click();
  await expect(page).toHaveURL(/\/network$/);
  await expect(page.getByRole("heading", { level: 1, name: "Кто с кем встречался" })).toBeVisible();
  const graph = page.getByRole("group", { name: /Схема связей между 6 официальными лицами/ });
  await expect(graph).toBeVisible();
  await expect(page.locator("svg.network-graph circle")).toHaveCount(6);
  const pairs = page.getByTestId("network-pairs").locator("tbody tr");
  await expect(pairs).toHaveCount(6);
  await expect(pairs.filter({ hasText: "Марко Рубио" }).filter({ hasText: "Джей Ди Вэнс" })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Вид").selectOption("talks");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/\/network\?kind=talks$/);
  await expect(pairs).toHaveCount(1);
  await expect(pairs.first()).toContainText("Ермек Кошербаев");
  await expect(pairs.first()).toContainText("Кристофер Ландау");
  await page.getByRole("link", { name: "Убрать фильтр «переговоры»" }).click();
  await expect(page).toHaveURL(/\/network$/);

  // Each official on the drawing leads to their page.
  await graph.getByRole("link", { name: /^Ермек Кошербаев:/ }).click();
  await expect(page).toHaveURL(/\/officials\/yermek-kosherbayev$/);
});

test("the English network, reached from an official's counterparts", async ({ page }) => {
  await page.goto("/en/officials/yermek-kosherbayev");
  await page.getByRole("link", { name: "Their connections on the network" }).click();
  await expect(page).toHaveURL(/\/en\/network\?official=yermek-kosherbayev$/);
  await expect(page.getByRole("heading", { level: 1, name: "Who met whom" })).toBeVisible();
  await expect(page.getByTestId("network-pairs").locator("tbody tr")).toHaveCount(6);
  await expect(page.getByTestId("network-pairs")).toContainText("Christopher Landau");
  await expect(page.locator("svg.network-graph a").first()).toHaveAttribute("href", /^\/en\/officials\//);
  await expectNoSeriousA11yViolations(page);
});
