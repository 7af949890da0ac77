import { expect, test } from "@playwright/test";

test("the timeline lists the seed articles' meetings, newest first, with participants and positions", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Встречи" })).toBeVisible();
  const meetings = page.getByTestId("timeline-meeting");
  expect(await meetings.count()).toBeGreaterThanOrEqual(4);
  await expect(meetings.getByText("Ермек Кошербаев").first()).toBeVisible();
  await expect(meetings.getByText("Кристофер Ландау").first()).toBeVisible();
  await expect(meetings.getByText("Стив Дэйнс").first()).toBeVisible();

  const dates = await meetings.locator("time[datetime]").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(dates.length).toBeGreaterThan(0);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test("the language switch opens the English edition of the same page and keeps the choice", async ({ page }) => {
  await page.goto("/?kind=talks");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/en\?kind=talks$/);
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await expect(page.getByTestId("timeline-meeting").getByText("Yermek Kosherbayev").first()).toBeVisible();
  // Remembered: the Russian address now sends this reader to the English edition.
  await page.goto("/?kind=talks");
  await expect(page).toHaveURL(/\/en\?kind=talks$/);
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await page.getByRole("button", { name: "Переключить на русский" }).click();
  await expect(page).toHaveURL(/\/\?kind=talks$/);
  await expect(page.getByRole("heading", { level: 1, name: "Встречи" })).toBeVisible();
});
