import { expect, test } from "@playwright/test";
import { forbidDialogs, signIn } from "./support/editor";

const ARTICLE = `Казахстан и США обсудили торговлю
Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с сенатором США Стивом Дэйнсом
АСТАНА
Министр иностранных дел Казахстана Ермек Кошербаев 10 марта 2026 года провел в Астане переговоры с сенатором США Стивом Дэйнсом.
Стороны обсудили развитие торговли и инвестиций.`;

test("an editor signs in, pastes an article, corrects a participant, publishes, finds it on the timeline and through search, and signs out", async ({ page }) => {
  test.setTimeout(120_000);
  forbidDialogs(page);
  await signIn(page);

  await page.getByRole("navigation", { name: "Разделы редакции" }).getByRole("link", { name: "Новая статья" }).click();
  await page.getByLabel("Текст статьи").fill(ARTICLE);
  await page.getByRole("button", { name: "Извлечь" }).click();
  await expect(page.getByRole("heading", { name: "Что найдено" })).toBeVisible({ timeout: 30_000 });

  // What the importer found, with the sentence it came from.
  const meeting = page.getByTestId("draft-meeting");
  await expect(meeting).toHaveCount(1);
  await expect(meeting.getByTestId("participant")).toHaveText([/Ермек Кошербаев/, /Стив Дэйнс/]);
  await expect(meeting.locator("blockquote").filter({ hasText: "10 марта 2026 года провел в Астане переговоры" })).toHaveCount(1);
  await expect(meeting.getByLabel("Дата", { exact: true })).toHaveValue("2026-03-10");

  // The correction: it was Landau, not Daines.
  await meeting.getByRole("button", { name: "Убрать: Стив Дэйнс" }).click();
  await meeting.getByRole("button", { name: "Найти в архиве" }).click();
  await meeting.getByLabel("Найти в архиве").fill("Ландау");
  await meeting.getByTestId("official-choices").getByRole("button", { name: /Кристофер Ландау/ }).click();
  await expect(meeting.getByTestId("participant")).toHaveText([/Ермек Кошербаев/, /Кристофер Ландау/]);

  await page.getByRole("button", { name: "Опубликовать" }).click();
  await expect(page.getByText("Статья опубликована.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("article-meetings")).toContainText("Кристофер Ландау");
  await expect(page.getByTestId("article-meetings")).not.toContainText("Стив Дэйнс");

  // Public pages show it at once.
  await page.goto("/");
  const row = page.getByTestId("timeline-meeting").filter({ has: page.locator('time[datetime="2026-03-10"]') });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Ермек Кошербаев");
  await expect(row).toContainText("Кристофер Ландау");
  await expect(row).not.toContainText("Стив Дэйнс");

  // …and search finds it, through the header's box, by a word in an oblique case.
  const box = page.getByRole("searchbox", { name: "Поиск по архиву" });
  await box.fill("торговлей");
  await box.press("Enter");
  await expect(page.getByTestId("search-hit").filter({ hasText: "Казахстан и США обсудили торговлю" })).toHaveCount(1);

  // The change log names the editor.
  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-log")).toContainText("Редактор Тестов опубликовал(а)");
  // …and what the editor changed in what extraction found, in words: the field's name, what came and went.
  const correction = page.getByTestId("audit-log").getByRole("listitem").filter({ hasText: "исправил(а) извлечённую встречу" }).first();
  await expect(correction.getByRole("term")).toHaveText(["Участники"]);
  await expect(correction.getByRole("definition")).toContainText(/добавлено: Кристофер Ландау.*убрано: Стив Дэйнс/);

  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByText("Вы вышли из редакции.")).toBeVisible();
  for (const path of ["/admin", "/admin/articles/new", "/admin/audit"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\/login$/);
  }
});

test("a refused save keeps what the editor typed and names the wrong field", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/articles");
  await page.getByTestId("admin-articles").getByRole("link").first().click();
  await page.getByLabel("Заголовок", { exact: true }).fill("");
  await page.getByLabel("Дата публикации").fill("2026-02-05");
  await page.getByLabel("Подзаголовок").fill("Подзаголовок, который нельзя потерять");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByTestId("form-status")).toHaveText("Исправьте отмеченные поля: ничего не сохранено.");
  await expect(page.getByLabel("Заголовок", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Заполните это поле.")).toBeVisible();
  await expect(page.getByLabel("Подзаголовок")).toHaveValue("Подзаголовок, который нельзя потерять");
});
