import { expect, test } from "@playwright/test";
import { startPageFixtures } from "../support/page-fixture-server";
import { forbidDialogs, signIn } from "./support/editor";

let fixtures: Awaited<ReturnType<typeof startPageFixtures>>;
test.beforeAll(async () => {
  fixtures = await startPageFixtures();
});
test.afterAll(() => fixtures.close());

test("an editor adds an article by its address, corrects it, publishes, and readers see the original and how to cite it", async ({ page }) => {
  test.setTimeout(120_000);
  forbidDialogs(page);
  await signIn(page);
  await page.goto("/admin/articles/new");
  await page.getByLabel("По адресу").check();

  // A page that is not there: said beside the address, nothing else happens.
  await page.getByLabel("Адрес страницы со статьёй").fill(fixtures.url("/missing"));
  await page.getByRole("button", { name: "Извлечь" }).click();
  await expect(page.getByTestId("field-error")).toHaveText("Страница не найдена (ошибка 404): проверьте адрес.", { timeout: 30_000 });
  await expect(page.getByLabel("Адрес страницы со статьёй")).toHaveAttribute("aria-invalid", "true");
  // The form stays as it was sent: the chosen mode and the address.
  await expect(page.getByLabel("По адресу")).toBeChecked();
  await expect(page.getByLabel("Адрес страницы со статьёй")).toHaveValue(fixtures.url("/missing"));

  const address = fixtures.url("/news/consultations");
  await page.getByLabel("Адрес страницы со статьёй").fill(address);
  await page.getByRole("button", { name: "Извлечь" }).click();
  await expect(page.getByRole("heading", { name: "Что найдено" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Адрес оригинала")).toHaveValue(address);
  await expect(page.getByLabel("Издание (кто опубликовал)")).toHaveValue("Деловой портал");
  await expect(page.getByLabel("Дата публикации")).toHaveValue("2026-03-13");
  await expect(page.getByTestId("draft-meeting").first().getByTestId("participant")).toContainText([/Джордж Хилл|Ермек Кошербаев/]);

  // The correction: the outlet's full name.
  await page.getByLabel("Издание (кто опубликовал)").fill("Деловой портал «Степь»");
  await page.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByText("Статья опубликована.")).toBeVisible({ timeout: 30_000 });

  await page.getByRole("link", { name: "Открыть на сайте" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("В Астане прошли казахстанско-американские консультации");
  const original = page.getByTestId("original-link").first();
  await expect(original).toHaveText("Оригинал: Деловой портал «Степь», 13 марта 2026 г.");
  await expect(original.getByRole("link")).toHaveAttribute("href", address);
  const cite = page.getByTestId("cite-block");
  await expect(cite.getByRole("heading", { name: "Как сослаться" })).toBeVisible();
  await expect(cite.getByTestId("cite-text")).toHaveText(`«В Астане прошли казахстанско-американские консультации», Деловой портал «Степь», 13 марта 2026 г., ${address}`);
  await cite.getByText("CSL-JSON (Zotero, Mendeley, pandoc)").click();
  const csl = JSON.parse((await cite.getByTestId("cite-csl").textContent()) ?? "[]") as Record<string, unknown>[];
  expect(csl[0]).toMatchObject({ type: "article-newspaper", "container-title": "Деловой портал «Степь»", URL: address, issued: { "date-parts": [[2026, 3, 13]] } });
  await expect(cite.getByRole("link", { name: "Скачать CSL-JSON" })).toHaveAttribute("download", /\.json$/);

  // The English edition says the same in English.
  await page.goto(page.url().replace(/\/articles\//, "/en/articles/"));
  await expect(page.getByTestId("original-link").first()).toHaveText("Original: Деловой портал «Степь», 13 March 2026");
  await expect(page.getByTestId("cite-block").getByRole("heading", { name: "Cite" })).toBeVisible();
});
