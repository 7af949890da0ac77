import { expect, test, type Page } from "@playwright/test";
import { startPageFixtures } from "../support/page-fixture-server";
import { forbidDialogs, signIn } from "./support/editor";

let fixtures: Awaited<ReturnType<typeof startPageFixtures>>;
test.beforeAll(async () => {
  fixtures = await startPageFixtures();
});
test.afterAll(() => fixtures.close());

async function publishByAddress(page: Page, address: string) {
  await page.goto("/admin/articles/new");
  await page.getByLabel("По адресу").check();
  await page.getByLabel("Адрес страницы со статьёй").fill(address);
  await page.getByRole("button", { name: "Извлечь" }).click();
  await expect(page.getByRole("heading", { name: "Что найдено" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Опубликовать" }).click();
}

test("a story another outlet reprinted is one article, with both outlets' pages", async ({ page }) => {
  test.setTimeout(120_000);
  forbidDialogs(page);
  await signIn(page);
  const original = fixtures.url("/ru/politics/koshherbaev-landau-tranzit");
  const reprint = fixtures.url("/economy/kazakhstan-usa-tranzit");

  await publishByAddress(page, original);
  await expect(page.getByText("Статья опубликована.")).toBeVisible({ timeout: 30_000 });
  const articlePage = page.url();

  // The other outlet's copy: another headline, dateline, byline and a «Читайте также» link.
  await publishByAddress(page, reprint);
  await expect(page.getByRole("status").filter({ hasText: "перепечатка статьи" })).toBeVisible({ timeout: 30_000 });
  expect(page.url().split("?")[0]).toBe(articlePage.split("?")[0]);

  await page.getByRole("link", { name: "Открыть на сайте" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Кошербаев и Ландау обсудили транзит и энергетику");
  const provenance = page.getByTestId("original-link").first();
  await expect(provenance.getByRole("link", { name: /Степной вестник/ })).toHaveAttribute("href", original);
  const also = provenance.getByTestId("also-published");
  await expect(also).toHaveText("Также опубликовано: Деловая газета");
  await expect(also.getByRole("link", { name: "Деловая газета" })).toHaveAttribute("href", reprint);

  // Readers find one article for the story.
  await page.goto("/search?q=Транскаспийского");
  await expect(page.getByRole("link", { name: "Кошербаев и Ландау обсудили транзит и энергетику" })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Казахстан и США обсудили транзит, минералы и энергетику" })).toHaveCount(0);
});
