import { expect, test } from "@playwright/test";

test("every reader route shows its page without JavaScript: no loading state holds it back", async ({ browser, request }) => {
  const meeting = await (await request.get("/api/v1/meetings?pageSize=1")).json();
  const article = await (await request.get("/api/v1/articles?pageSize=1")).json();
  const paths = ["/", "/officials", "/officials/yermek-kosherbayev", "/topics", "/topics/critical-minerals", "/search?q=Ландау", `/meetings/${meeting.data[0].id}`, `/articles/${article.data[0].slug}`];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expect(page.getByText("Загрузка…"), path).toHaveCount(0);
  }
  await context.close();
});

test("a navigation that takes a while shows a loading state until the page arrives", async ({ page }) => {
  // Hold the officials index back for a second, however the router asks for it (prefetch included).
  await page.route(/\/officials(\?|$)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Официальные лица" }).click();
  const progress = page.getByTestId("navigation-progress");
  await expect(progress).toHaveAttribute("role", "status");
  await expect(progress).toContainText("Загрузка…");
  await expect(page.getByRole("heading", { level: 1, name: "Официальные лица" })).toBeVisible();
  await expect(progress).toHaveCount(0);
});

test("unknown records answer 404", async ({ request }) => {
  for (const path of ["/meetings/999999", "/meetings/1e3", "/articles/no-such-article", "/officials/no-such-person", "/topics/no-such-topic"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
