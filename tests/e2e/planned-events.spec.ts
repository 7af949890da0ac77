import { expect, test } from "@playwright/test";

// The seeds announce a visit for March 2026 that no article reports as held: past its month, it is
// "not confirmed" wherever it shows. (The pairing of planned and held meetings has its integration test,
// tests/integration/follow-ups.test.ts.)
test("a planned visit whose month passed unreported says so on the timeline, its page and in the API", async ({ page, request }) => {
  await page.goto("/?status=planned");
  const row = page.getByTestId("timeline-meeting");
  await expect(row.locator(".badge-planned")).toHaveText("визит запланирован");
  await expect(row.locator(".badge-unconfirmed")).toHaveText("не подтверждён");
  await row.getByRole("link", { name: /^Подробнее о встрече/ }).click();
  await expect(page.locator(".badge-unconfirmed")).toHaveText("не подтверждён");
  await expect(page.getByText("Срок прошёл, а сообщений о том, что это состоялось, в архиве нет.")).toBeVisible();

  await page.goto("/en?status=planned");
  await expect(page.getByTestId("timeline-meeting").locator(".badge-unconfirmed")).toHaveText("not confirmed");

  const api = await (await request.get("/api/v1/meetings?status=planned")).json();
  expect(api.data[0]).toMatchObject({ status: "planned", unconfirmed: true, heldAs: null, announcedAs: [] });
  const csv = await (await request.get("/export/meetings.csv?status=planned")).text();
  expect(csv.split(/\r?\n/)[0]).toContain("unconfirmed,held_as,announced_as");
});
