import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test.setTimeout(90_000);

// The seeds: Kosherbayev's four meetings in Washington on 5 February 2026 are one trip.
test("a trip groups its meetings on the timeline and has its own page, linked from each meeting", async ({ page }) => {
  await page.goto("/");
  const group = page.getByTestId("timeline-trip");
  await expect(group).toHaveCount(1);
  await expect(group.getByTestId("timeline-meeting")).toHaveCount(4);
  await group.getByRole("link", { name: "Поездка: Ермек Кошербаев — США" }).click();

  await expect(page).toHaveURL(/\/trips\/\d+-kz$/);
  const tripUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: "Ермек Кошербаев — США" })).toBeVisible();
  await expect(page.getByText("Поездка · 5 февраля 2026 г. · 4 встречи")).toBeVisible();
  await expect(page.getByRole("definition").getByRole("link", { name: "Ермек Кошербаев" })).toBeVisible();
  await expect(page.getByTestId("timeline-meeting")).toHaveCount(4);
  await expectNoSeriousA11yViolations(page);

  // Every meeting of the trip leads back to it; a key naming another of its meetings is sent to the trip's own.
  const last = page.getByTestId("timeline-meeting").last();
  const meetingHref = (await last.getByRole("link").first().getAttribute("href")) as string;
  await page.goto(meetingHref);
  await page.getByRole("link", { name: "Ермек Кошербаев — США" }).click();
  await expect(page).toHaveURL(tripUrl);
  await page.goto(`/trips/${meetingHref.split("/").pop()}-kz`);
  await expect(page).toHaveURL(tripUrl);
});

test("the English trip page, and a trip that does not exist", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: "Trip: Yermek Kosherbayev — United States" }).click();
  await expect(page).toHaveURL(/\/en\/trips\/\d+-kz$/);
  await expect(page.getByRole("heading", { level: 1, name: "Yermek Kosherbayev — United States" })).toBeVisible();
  await expect(page.getByText("Trip · 5 February 2026 · 4 meetings")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const missing = await page.goto("/trips/1-xx");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Поездка не найдена" })).toBeVisible();
});
