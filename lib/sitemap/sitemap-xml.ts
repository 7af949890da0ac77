import { xmlEscape } from "@/lib/feeds/xml";

/** Sitemaps protocol 0.9: at most 50,000 URLs in one file, so large sections are split. */
export const URLS_PER_SITEMAP = 50_000;

/** A page in the sitemap: its address and, when it has editions, every edition's (hreflang → address). */
export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
  alternates?: Record<string, string>;
}

export function urlsetXml(urls: SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n',
    ...urls.map(
      (u) =>
        `<url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}` +
        Object.entries(u.alternates ?? {})
          .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${xmlEscape(href)}"/>`)
          .join("") +
        "</url>\n",
    ),
    "</urlset>\n",
  ].join("");
}

export function sitemapIndexXml(locations: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    ...locations.map((loc) => `<sitemap><loc>${xmlEscape(loc)}</loc></sitemap>\n`),
    "</sitemapindex>\n",
  ].join("");
}
