import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { outletLabel } from "@/lib/provenance/cite";
import { isHttpUrl } from "@/lib/provenance/http-url";
import { FetchPageError } from "./fetch-page-error";

export interface PageArticle {
  title: string | null;
  paragraphs: string[];
  /** The site's own name (og:site_name), else its host. */
  outlet: string;
  /** YYYY-MM-DD from the page's metadata, when it states one. */
  publishedOn: string | null;
  /** `<link rel="canonical">` when the page names one, else the address it was fetched from. */
  canonicalUrl: string;
}

/** Fewer characters than this is a teaser, a listing or an error page, not an article. */
const MIN_TEXT = 200;
/** Ad slots Readability's own patterns miss: ad networks' containers (adfox, Yandex RTB) and ad-named blocks. */
const ADS = '[id^="adfox"], [class*="adfox"], [id^="yandex_rtb"], [class*="yandex_rtb"], [class~="ad"], [class~="ads"], [class~="adv"], [class*="advert"], [class*="inline-ad"], [class*="banner"], ins.adsbygoogle';
const BLOCKS = "p, div, section, article, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, tr, dd, dt";

/**
 * The article inside a news page: Mozilla Readability (Firefox's Reader View) drops navigation, related
 * links, ads and boilerplate; paragraphs are then read from what it kept, a `<br>` starting a new one as
 * on sites that split the text that way. linkedom is the DOM: a fraction of jsdom's size and start-up,
 * and Readability needs no more than it offers (no layout, no scripts run).
 */
export function readArticleHtml(html: string, pageUrl: string): PageArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const ogTitle = meta('meta[property="og:title"]');
  const h1 = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim() || null;
  const siteName = meta('meta[property="og:site_name"]');
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[itemprop="datePublished"]') ?? document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;

  for (const ad of [...document.querySelectorAll(ADS)]) ad.remove();
  const parsed = new Readability(document as unknown as Document).parse();
  const title = ogTitle ?? h1 ?? parsed?.title?.trim() ?? null;
  const paragraphs = paragraphsOf(parsed?.content ?? "").filter((p, i) => !(i === 0 && p === title));
  if (paragraphs.join(" ").length < MIN_TEXT) throw new FetchPageError("no article text found on the page", { kind: "no-article" });
  return {
    title,
    paragraphs,
    outlet: siteName ?? parsed?.siteName?.trim() ?? outletLabel(null, pageUrl) ?? pageUrl,
    publishedOn: /^\d{4}-\d{2}-\d{2}/.exec(published ?? parsed?.publishedTime ?? "")?.[0] ?? null,
    canonicalUrl: canonicalOf(canonical, pageUrl),
  };
}

function paragraphsOf(content: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  for (const br of [...document.querySelectorAll("br")]) br.replaceWith(document.createTextNode("\n"));
  for (const block of [...document.querySelectorAll(BLOCKS)]) {
    block.before(document.createTextNode("\n"));
    block.append(document.createTextNode("\n"));
  }
  return (document.body.textContent ?? "")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}

/** The canonical address, absolute, without its fragment or campaign tags; the page's own when it names none. */
function canonicalOf(href: string | null, pageUrl: string): string {
  let url: URL;
  try {
    url = new URL(href ?? pageUrl, pageUrl);
  } catch {
    url = new URL(pageUrl);
  }
  if (!isHttpUrl(url.href)) url = new URL(pageUrl);
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (key.startsWith("utm_")) url.searchParams.delete(key);
  return url.href;
}
