import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type Page } from "@playwright/test";

/** The page's first announced Atom feed (its own, not the site-wide ones; Next makes it absolute), fetched and parsed. */
async function announcedFeed(page: Page) {
  const url = new URL((await page.locator('link[rel="alternate"][type="application/atom+xml"]').first().getAttribute("href"))!);
  const response = await page.request.get(url.href);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  return { href: url.pathname + url.search, feed: parseFeed(await response.text()) };
}

test("a filtered timeline announces its own feed and links to it, in both languages", async ({ page }) => {
  await page.goto("/?kind=talks");
  const { href, feed } = await announcedFeed(page);
  expect(href).toBe("/meetings/feed.xml?kind=talks");
  await expect(page.getByRole("link", { name: "Лента Atom" })).toHaveAttribute("href", href);
  expect(feed.items.length).toBe(await page.getByTestId("timeline-meeting").count());
  expect(feed.items.every((i) => i.title?.startsWith("Переговоры"))).toBe(true);

  await page.goto("/en?kind=talks");
  const en = await announcedFeed(page);
  expect(en.href).toBe("/meetings/feed.xml?kind=talks&lang=en");
  await expect(page.getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", en.href);
  expect(en.feed.language).toBe("en");
  expect(en.feed.items[0]?.title).toMatch(/^Talks: /);
});

test("a search announces the feed of its new matches and links to it, in both languages", async ({ page }) => {
  await page.goto("/search?q=Ландау");
  const { href, feed } = await announcedFeed(page);
  expect(href).toBe(`/search/feed.xml?q=${encodeURIComponent("Ландау")}`);
  await expect(page.getByRole("link", { name: "Следить за новыми статьями (Atom)" })).toHaveAttribute("href", href);
  expect(feed.title).toBe("Хроника — поиск «Ландау»");
  expect(feed.items.length).toBe(await page.getByTestId("search-hit").count());

  await page.goto("/en/search?q=Landau");
  const en = await announcedFeed(page);
  expect(en.href).toBe("/search/feed.xml?q=Landau&lang=en");
  await expect(page.getByRole("link", { name: "Follow new articles (Atom)" })).toHaveAttribute("href", en.href);
  expect(en.feed.title).toBe("Chronicle — search “Landau”");
});
