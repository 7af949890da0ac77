import "server-only";
import { internalError, notFound } from "@/lib/api/errors";
import { cachedResponse } from "@/lib/api/http";
import { requestOrigin } from "@/lib/api/origin";
import { pageUrl } from "@/lib/api/present";
import { sitemapExtent, sitemapRange, sitemapTopics, type SitemapSection } from "@/lib/queries/sitemap-entries";
import { sitemapIndexXml, urlsetXml, URLS_PER_SITEMAP } from "./sitemap-xml";

const SECTIONS: SitemapSection[] = ["meetings", "articles", "officials"];
const PAGES = ["/", "/officials", "/topics", "/api"];
const xml = (request: Request, body: string) => cachedResponse(request, body, { contentType: "application/xml; charset=utf-8", maxAge: 3600 });

/** GET /sitemap.xml: an index of /sitemaps/pages.xml and each section split into id ranges. */
export async function sitemapIndex(request: Request): Promise<Response> {
  try {
    const origin = requestOrigin(request);
    const extent = await sitemapExtent();
    const parts = SECTIONS.flatMap((section) =>
      Array.from({ length: Math.ceil(extent[section] / URLS_PER_SITEMAP) }, (_, n) => `${origin}/sitemaps/${section}-${n}.xml`),
    );
    return xml(request, sitemapIndexXml([`${origin}/sitemaps/pages.xml`, ...parts]));
  } catch (error) {
    return internalError(error, "sitemap index");
  }
}

/** GET /sitemaps/pages.xml (sections and topics) or /sitemaps/{section}-{n}.xml (ids n·50,000+1 … (n+1)·50,000). */
export async function sitemapPart(request: Request, context: { params: Promise<{ part: string }> }): Promise<Response> {
  const { part } = await context.params;
  const match = /^(?:(pages)|(meetings|articles|officials)-(\d{1,6}))\.xml$/.exec(part);
  if (!match) return notFound(`No sitemap ${part}`);
  try {
    const origin = requestOrigin(request);
    if (match[1]) {
      const topics = await sitemapTopics();
      return xml(request, urlsetXml([...PAGES.map((p) => ({ loc: origin + p })), ...topics.map((t) => ({ loc: pageUrl.topic(origin, t.slug), lastmod: t.updatedAt }))]));
    }
    const section = match[2] as SitemapSection;
    const n = Number(match[3]);
    const rows = await sitemapRange(section, n * URLS_PER_SITEMAP + 1, (n + 1) * URLS_PER_SITEMAP);
    const loc = (key: string) => (section === "meetings" ? pageUrl.meeting(origin, Number(key)) : section === "articles" ? pageUrl.article(origin, key) : pageUrl.official(origin, key));
    return xml(request, urlsetXml(rows.map((r) => ({ loc: loc(r.key), lastmod: r.updatedAt }))));
  } catch (error) {
    return internalError(error, `sitemap ${part}`);
  }
}
