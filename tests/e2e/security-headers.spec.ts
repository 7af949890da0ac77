import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/editor";
import { captureAction, replay } from "./support/replay-action";

test("every page carries the security headers, with a fresh script nonce each time", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  for (const response of [first, second]) {
    const h = response.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  }
  const nonce = (r: typeof first) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce(first)).not.toBe(nonce(second));
  expect(await first.text()).toContain(`nonce="${nonce(first)}"`);
});

type Watched = { violations: string[]; stayed?: boolean };

/** Collects the page's CSP violations (per document); `violations()` reads them. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as Watched).violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as Watched).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as Watched).violations);
}

test("every kind of answer carries the headers: pages a nonce policy, the API and the files one that loads nothing", async ({ request }) => {
  const pages = ["/", "/search?q=Landau", "/api", "/admin/login"];
  const files: [string, RegExp][] = [
    ["/api/v1/meetings", /^application\/json/],
    ["/api/v1/search?q=Landau", /^application\/json/],
    ["/api/v1/openapi.json", /^application\/json/],
    ["/articles/feed.xml", /^application\/atom\+xml/],
    ["/meetings/feed.xml", /^application\/atom\+xml/],
    ["/officials/yermek-kosherbayev/feed.xml", /^application\/atom\+xml/],
    ["/topics/critical-minerals/feed.xml", /^application\/atom\+xml/],
    ["/calendar.ics", /^text\/calendar/],
    ["/officials/yermek-kosherbayev/calendar.ics", /^text\/calendar/],
    ["/topics/critical-minerals/calendar.ics", /^text\/calendar/],
    ["/export/meetings.csv", /^text\/csv/],
    ["/export/meetings.json", /^application\/json/],
    ["/sitemap.xml", /xml/],
    ["/sitemaps/pages.xml", /xml/],
    ["/robots.txt", /^text\/plain/],
  ];
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  for (const [path, type] of files) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    expect(response.headers()["content-security-policy"], path).toMatch(/^default-src 'none';.* frame-ancestors 'none'$/);
    expect(response.headers()["content-security-policy"], path).not.toContain("script-src");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("the search and open-data pages run Next's scripts under the policy: client-side navigation works", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of [`/search?q=${encodeURIComponent("Кошербаевым")}`, "/api"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // A full page load would drop this flag: only a navigation done by the app's scripts keeps it.
    await page.evaluate(() => ((window as unknown as Watched).stayed = true));
    await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Хронология" }).click();
    await expect(page.getByTestId("timeline-meeting").first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as Watched).stayed), path).toBe(true);
    expect(await violations(), path).toEqual([]);
  }
});

test("a feed, a sitemap and the JSON API opened in the browser show without a policy violation", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ["/articles/feed.xml", "/sitemap.xml", "/api/v1/topics"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // The browser's XML and JSON viewers style what they show as the document loads; a blocked style
    // is reported by then (a sitemap under `default-src 'none'` alone was).
    await page.waitForLoadState("load");
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(await violations(), path).toEqual([]);
  }
});

test("pages run their scripts under the Content-Security-Policy", async ({ page }) => {
  const violations = await watchViolations(page);

  await page.goto("/");
  await expect(page.getByTestId("timeline-meeting").first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await signIn(page);
  expect(await violations()).toEqual([]);
  await page.goto("/admin/articles/new");
  // Client-side state works only if React's scripts ran: the "fill in fields" switch shows the title field.
  await page.getByLabel("Заполнить поля").check();
  await expect(page.getByLabel("Заголовок", { exact: true })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("Strict-Transport-Security on answers to https requests (as a trusted proxy reports them), not over http", async ({ request }) => {
  // The e2e server trusts loopback as its proxy (scripts/e2e-server.ts).
  for (const path of ["/", "/api/v1/meetings", "/officials"]) {
    const https = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
    const http = await request.get(path);
    expect(http.headers()["strict-transport-security"], path).toBeUndefined();
  }
});

test("a server-action post from another site is refused with 403, before it reaches the action", async ({ page, baseURL }) => {
  await page.goto("/");
  const action = await captureAction(page, () => page.getByRole("button", { name: "Switch to English" }).click());
  const crossSite = await replay(action, { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
  expect(crossSite.status).toBe(403);
  expect(crossSite.text).toBe("Запрос пришёл не с этого сайта и отклонён.");
  // The same post from this site still works.
  const own = await replay(action, { headers: { origin: new URL(baseURL!).origin } });
  expect(own.status).toBeLessThan(400);
});

test("the language switch returns only to a path on this site, whatever the Referer says", async ({ page, baseURL }) => {
  await page.goto("/officials");
  const action = await captureAction(page, () => page.getByRole("button", { name: "Switch to English" }).click());
  const back = async (referer: string) => {
    const r = await replay(action, { headers: { referer } });
    return r.headers["x-action-redirect"] ?? r.headers.location ?? "";
  };
  // The other edition of the same page, query and all.
  expect(await back(`${baseURL}/officials?page=2`)).toMatch(/^\/en\/officials\?page=2(;|$)/);
  for (const evil of [`${baseURL}//evil.example/x`, `${baseURL}/\\evil.example/x`, "https://evil.example/officials"]) {
    const target = await back(evil);
    expect(target, evil).toMatch(/^\/en(;|$)/);
  }
});
