import { expect, test } from "@playwright/test";

test("the API through the real server: JSON, ETag and 304, CORS, errors naming the parameter", async ({ request }) => {
  const first = await request.get("/api/v1/meetings?kind=talks&pageSize=5");
  expect(first.status()).toBe(200);
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  const body = await first.json();
  expect(body.pagination.total).toBeGreaterThanOrEqual(1);
  expect(body.data[0].kind).toBe("talks");
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await request.get("/api/v1/meetings?kind=talks&pageSize=5", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  const bad = await request.get("/api/v1/meetings?kind=lunch");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.parameters[0].parameter).toBe("kind");
  const missing = await request.get("/api/v1/meetings/987654");
  expect(missing.status()).toBe(404);
  const doc = await request.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toBe("3.1.1");
});

test("downloads: CSV with BOM, calendar, Atom, robots and sitemap", async ({ request }) => {
  const csv = await request.get("/export/meetings.csv?status=held");
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="chronicle-meetings-/);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("Кристофер Ландау");
  const ics = await request.get("/calendar.ics");
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await ics.text()).toContain("STATUS:TENTATIVE");
  const feed = await request.get("/officials/yermek-kosherbayev/feed.xml");
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(await feed.text()).toContain("<title type=\"text\">Хроника — Ермек Кошербаев</title>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  expect(await (await request.get("/sitemap.xml")).text()).toContain("/sitemaps/meetings-0.xml");
});

test("the reference page lists every endpoint and the site announces its feeds", async ({ page, baseURL }) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1, name: "Открытые данные" })).toBeVisible();
  for (const path of ["/api/v1/meetings", "/api/v1/meetings/{id}", "/api/v1/articles", "/api/v1/officials/{slug}", "/api/v1/topics"]) {
    await expect(page.getByRole("heading", { level: 3, name: `GET ${path}`, exact: true })).toBeVisible();
  }
  const alternates = await page.locator('head link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.getAttribute("type")} ${l.getAttribute("href")}`));
  // Absolute, as every link in the head is (metadataBase: the request's origin).
  expect(alternates).toEqual(
    expect.arrayContaining([`application/atom+xml ${baseURL}/articles/feed.xml`, `application/atom+xml ${baseURL}/meetings/feed.xml`, `text/calendar ${baseURL}/calendar.ics`]),
  );
  await page.getByRole("contentinfo").getByRole("link", { name: "Открытые данные" }).click();
  await expect(page).toHaveURL(/\/api$/);
});

test("an official's page announces its feed and calendar, and the timeline offers its filtered exports", async ({ page, baseURL }) => {
  await page.goto("/officials/yermek-kosherbayev");
  const alternates = await page.locator('head link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.getAttribute("type")} ${l.getAttribute("href")}`));
  expect(alternates).toEqual(
    expect.arrayContaining([`application/atom+xml ${baseURL}/officials/yermek-kosherbayev/feed.xml`, `text/calendar ${baseURL}/officials/yermek-kosherbayev/calendar.ics`]),
  );
  await expect(page.getByRole("navigation", { name: "Выгрузить и подписаться" }).getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/export/meetings.csv?official=yermek-kosherbayev");

  await page.goto("/?status=planned");
  const csv = page.getByRole("navigation", { name: "Выгрузить и подписаться" }).getByRole("link", { name: "CSV" });
  await expect(csv).toHaveAttribute("href", "/export/meetings.csv?status=planned");
  const response = await page.request.get((await csv.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toContain("text/csv");
});
