import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

/** Every link on the page to another page of the archive (not a file, the API or the editors' area). */
async function pageLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.filter((h) => !/^\/(admin|api\/)/.test(h) && !/\.[a-z]+(\?|$)/.test(h.split("#")[0] ?? ""));
}

test("a first visit goes to the edition the browser prefers; later visits follow the switch", async ({ browser, baseURL }) => {
  const english = await browser.newContext({ locale: "en-GB" });
  const page = await english.newPage();
  await page.goto("/officials/yermek-kosherbayev");
  await expect(page).toHaveURL(/\/en\/officials\/yermek-kosherbayev$/);
  await expect(page.getByRole("heading", { level: 1, name: "Yermek Kosherbayev" })).toBeVisible();
  // The switch is remembered over the browser's preference.
  await page.getByRole("button", { name: "Переключить на русский" }).click();
  await expect(page).toHaveURL(`${baseURL}/officials/yermek-kosherbayev`);
  await page.goto("/officials/yermek-kosherbayev");
  await expect(page).not.toHaveURL(/\/en\//);
  await expect(page.getByRole("heading", { level: 1, name: "Ермек Кошербаев" })).toBeVisible();
  await english.close();

  const russian = await browser.newContext({ locale: "ru-RU" });
  const other = await russian.newPage();
  await other.goto("/topics");
  await expect(other).toHaveURL(`${baseURL}/topics`);
  await expect(other.locator("html")).toHaveAttribute("lang", "ru");
  await russian.close();
});

test("on the English edition every page link, form and redirect stays in it", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  for (const path of ["/en", "/en/officials", "/en/topics/critical-minerals", "/en/officials/christopher-landau", "/en/search?q=Landau"]) {
    await page.goto(path);
    const links = await pageLinks(page);
    expect(links.length, path).toBeGreaterThan(3);
    expect(links.filter((h) => !/^\/en([/?#]|$)/.test(h)), path).toEqual([]);
  }
  await page.goto("/en");
  await page.getByTestId("timeline-meeting").first().getByRole("link", { name: /^Details of the meeting/ }).click();
  await expect(page).toHaveURL(/\/en\/meetings\/\d+$/);
  expect((await pageLinks(page)).filter((h) => !/^\/en([/?#]|$)/.test(h))).toEqual([]);

  // Client-side navigation and the forms keep the edition.
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Officials" }).click();
  await expect(page).toHaveURL(/\/en\/officials$/);
  await expect(page.getByRole("heading", { level: 1, name: "Officials" })).toBeVisible();
  await page.getByRole("search").first().getByRole("searchbox").fill("Landau");
  await page.getByRole("search").first().getByRole("button").click();
  await expect(page).toHaveURL(/\/en\/search\?q=Landau$/);
  // The timeline canonicalises its address within the edition.
  await page.goto("/en?kind=talks&official=");
  await expect(page).toHaveURL(/\/en\?kind=talks$/);
  // An unknown English address is the English not-found page.
  const missing = await page.goto("/en/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not found/i);
});

test("the English edition gives posts in English where their words allow, and marks the rest as Russian", async ({ page }) => {
  await page.goto("/en/officials/yermek-kosherbayev");
  await expect(page.getByTestId("official-position").first()).toContainText(/Minister of Foreign Affairs of Kazakhstan/);
  await page.goto("/en?official=steve-daines");
  await expect(page.getByTestId("timeline-meeting").first()).toContainText("Steve Daines, Senator");
  await page.goto("/officials/steve-daines");
  await expect(page.getByTestId("official-position").first()).toContainText("сенатор");
});

test("each edition names itself and the other: canonical, hreflang and og:url, absolute", async ({ page, baseURL }) => {
  for (const [path, canonical] of [
    ["/officials/christopher-landau", "/officials/christopher-landau"],
    ["/en/officials/christopher-landau", "/en/officials/christopher-landau"],
    ["/en/topics", "/en/topics"],
    ["/en", "/en"],
  ] as const) {
    await page.goto(path);
    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]'), path).toHaveAttribute("href", baseURL + canonical);
    await expect(head.locator('meta[property="og:url"]'), path).toHaveAttribute("content", baseURL + canonical);
    // Next writes the root without its slash: http://host, http://host/en.
    const russian = canonical.replace(/^\/en(?=\/|$)/, "");
    await expect(head.locator('link[rel="alternate"][hreflang="ru"]'), path).toHaveAttribute("href", baseURL + russian);
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]'), path).toHaveAttribute("href", baseURL + russian);
    await expect(head.locator('link[rel="alternate"][hreflang="en"]'), path).toHaveAttribute("href", `${baseURL}/en${russian}`);
  }
});

test("feeds, exports, the API and the editors' area have one address for both languages", async ({ request }) => {
  for (const path of ["/meetings/feed.xml", "/api/v1/meetings", "/export/meetings.csv"]) {
    const response = await request.get(path, { headers: { cookie: "lang=en", "accept-language": "en" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
  const login = await request.get("/admin/login", { headers: { cookie: "lang=en" }, maxRedirects: 0 });
  expect(login.status()).toBe(200);
  expect(await login.text()).toContain('<html lang="en"');
});

test("axe finds no serious or critical violations on the English timeline and meeting pages", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/en");
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId("timeline-meeting").first().getByRole("link", { name: /^Details of the meeting/ }).click();
  await expect(page).toHaveURL(/\/en\/meetings\/\d+$/);
  await expectNoSeriousA11yViolations(page);
});

test("a shared meeting or official previews with its own picture, drawn in the edition's language", async ({ page, request }) => {
  for (const path of ["/officials/christopher-landau", "/en/officials/christopher-landau"]) {
    await page.goto(path);
    const image = await page.locator('head meta[property="og:image"]').getAttribute("content");
    expect(image, path).toMatch(/^https?:\/\/[^/]+(\/en)?\/officials\/christopher-landau\/opengraph-image/);
    await expect(page.locator('head meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    const answer = await request.get(image ?? "");
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toBe("image/png");
    const png = await answer.body();
    // The PNG header: its signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  const { data } = await (await request.get("/api/v1/meetings?pageSize=1")).json();
  await page.goto(`/meetings/${data[0].id}`);
  const meetingImage = await page.locator('head meta[property="og:image"]').getAttribute("content");
  expect(meetingImage).toMatch(/\/meetings\/\d+\/opengraph-image/);
  expect((await request.get(meetingImage ?? "")).headers()["content-type"]).toBe("image/png");
});

test("the English edition names agencies and press services in English", async ({ page, request }) => {
  const { data } = await (await request.get("/api/v1/articles?pageSize=100")).json();
  const quoted = (data as { slug: string; source: { name: string } | null }[]).find((a) => a.source?.name === "пресс-служба МИД РК");
  expect(quoted).toBeDefined();
  await page.goto(`/en/articles/${quoted?.slug}`);
  await expect(page.getByRole("main")).toContainText("press service of the Ministry of Foreign Affairs of Kazakhstan");
  await page.goto(`/articles/${quoted?.slug}`);
  await expect(page.getByRole("main")).toContainText("пресс-служба МИД РК");
});
