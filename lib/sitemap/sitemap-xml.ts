import { xmlEscape } from "@/lib/feeds/xml";

/** Sitemaps protocol 0.9: at most 50,000 URLs in one file, so large sections are split. */
export const URLS_PER_SITEMAP = 50_000;

export function urlsetXml(urls: { loc: string; lastmod?: Date }[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    ...urls.map((u) => `<url><loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}</url>\n`),
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
