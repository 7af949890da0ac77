import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

test("a name in an oblique case typed into the header box finds highlighted articles, and a facet narrows them", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Поиск по архиву" });
  await box.fill("Кошербаевым");
  await box.press("Enter");

  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByTestId("official-card").first()).toContainText("Ермек Кошербаев");
  const hits = page.getByTestId("search-hit");
  await expect(hits.first()).toBeVisible();
  const total = await hits.count();
  expect(total).toBeGreaterThanOrEqual(2);
  const marks = page.locator("[data-testid=search-hit] mark");
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).some((m) => /^Кошербаев/i.test(m))).toBe(true);

  // A facet value held by only some of the results narrows them to exactly its count.
  const links = page.locator("[data-testid^=facet-] a");
  let chosen = -1;
  let expected = 0;
  for (let i = 0; i < (await links.count()); i++) {
    const count = Number((await links.nth(i).locator("span").last().textContent())?.replace(/\D/g, ""));
    if (count < total) {
      chosen = i;
      expected = count;
      break;
    }
  }
  expect(chosen).toBeGreaterThanOrEqual(0);
  await links.nth(chosen).click();
  await expect(page.getByRole("link", { name: /^Убрать фильтр/ })).toBeVisible();
  await expect(hits).toHaveCount(expected);
  await expect(page.locator("[data-testid=search-hit] mark").first()).toBeVisible();
});

test("malformed input shows a page, and markup stays text", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)> "Ландау')}&page=abc`);
  await expect(page.getByRole("heading", { level: 1, name: "Поиск" })).toBeVisible();
  await expect(page.getByText("Неверные параметры пропущены: page.")).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  await page.goto(`/search?q=${encodeURIComponent("!!! ;;; ???")}`);
  await expect(page.getByText(/нет слов для поиска/)).toBeVisible();
});

test("the JSON API answers with the page's results and names a bad parameter", async ({ request }) => {
  const ok = await request.get(`/api/v1/search?q=${encodeURIComponent("Kosherbayev")}`);
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.pagination.total).toBeGreaterThan(0);
  expect(body.data[0].title.length).toBeGreaterThan(0);
  expect(ok.headers()["etag"]).toBeTruthy();
  expect(body.cards[0]).toMatchObject({ kind: "official", labelRu: "Ермек Кошербаев" });
  const bad = await request.get("/api/v1/search?q=x&year=abc");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { status: 400, parameters: [{ parameter: "year" }] } });
});

test("the results page links downloads of every match, with the query and filters", async ({ page, request }) => {
  await page.goto(`/search?q=${encodeURIComponent("Кошербаев")}&sort=date`);
  const hits = await page.getByTestId("search-hit").count();
  expect(hits).toBeGreaterThan(0);
  const csvLink = page.getByRole("link", { name: "CSV для Excel" });
  const href = (await csvLink.getAttribute("href"))!;
  expect(href).toMatch(/^\/export\/search\.csv\?q=/);
  expect(new URLSearchParams(href.split("?")[1]).get("sort")).toBe("date");
  const csv = await request.get(href);
  expect(csv.status()).toBe(200);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.toString("utf8"), { bom: true, columns: true }) as { slug: string }[];
  expect(rows.length).toBeGreaterThanOrEqual(hits);
  const json = await request.get((await page.getByRole("link", { name: "JSON", exact: true }).getAttribute("href"))!);
  expect(((await json.json()) as { slug: string }[]).map((a) => a.slug)).toEqual(rows.map((r) => r.slug));
});
