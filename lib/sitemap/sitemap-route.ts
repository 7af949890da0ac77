import "server-only";
import { internalError, notFound } from "@/lib/api/errors";
import { cachedResponse } from "@/lib/api/http";
import { requestOrigin } from "@/lib/api/origin";
import { localePath } from "@/lib/i18n/locale-path";
import { locales } from "@/lib/i18n/messages";
import { sitemapExtent, sitemapRange, sitemapTopics, type SitemapSection } from "@/lib/queries/sitemap-entries";
import { sitemapIndexXml, urlsetXml, URLS_PER_SITEMAP, type SitemapUrl } from "./sitemap-xml";

const SECTIONS: SitemapSection[] = ["meetings", "articles", "officials"];
const PAGES = ["/", "/officials", "/topics", "/api"];
/** Each record is listed once per edition, so one file covers this many ids. */
const IDS_PER_SITEMAP = URLS_PER_SITEMAP / locales.length;
const SECTION_PATH: Record<SitemapSection, (key: string) => string> = {
  meetings: (id) => `/meetings/${id}`,
  articles: (slug) => `/articles/${encodeURIComponent(slug)}`,
  officials: (slug) => `/officials/${encodeURIComponent(slug)}`,
};

/** A page in every edition, each entry naming all of them (hreflang), as search engines ask. */
function editions(origin: string, path: string, lastmod?: Date): SitemapUrl[] {
  const alternates = Object.fromEntries([...locales.map((l) => [l, origin + localePath(l, path)]), ["x-default", origin + path]]);
  return locales.map((l) => ({ loc: origin + localePath(l, path), lastmod, alternates }));
}

const xml = (request: Request, body: string) => cachedResponse(request, body, { contentType: "application/xml; charset=utf-8", maxAge: 3600 });

/** GET /sitemap.xml: an index of /sitemaps/pages.xml and each section split into id ranges. */
export async function sitemapIndex(request: Request): Promise<Response> {
  try {
    const origin = requestOrigin(request);
    const extent = await sitemapExtent();
    const parts = SECTIONS.flatMap((section) =>
      Array.from({ length: Math.ceil(extent[section] / IDS_PER_SITEMAP) }, (_, n) => `${origin}/sitemaps/${section}-${n}.xml`),
    );
    return xml(request, sitemapIndexXml([`${origin}/sitemaps/pages.xml`, ...parts]));
  } catch (error) {
    return internalError(error, "sitemap index");
  }
}

/** GET /sitemaps/pages.xml (sections and topics) or /sitemaps/{section}-{n}.xml (ids n·25,000+1 … (n+1)·25,000, each in both editions). */
export async function sitemapPart(request: Request, context: { params: Promise<{ part: string }> }): Promise<Response> {
  const { part } = await context.params;
  const match = /^(?:(pages)|(meetings|articles|officials)-(\d{1,6}))\.xml$/.exec(part);
  if (!match) return notFound(`No sitemap ${part}`);
  try {
    const origin = requestOrigin(request);
    if (match[1]) {
      const topics = await sitemapTopics();
      return xml(request, urlsetXml([...PAGES.flatMap((p) => editions(origin, p)), ...topics.flatMap((t) => editions(origin, `/topics/${encodeURIComponent(t.slug)}`, t.updatedAt))]));
    }
    const section = match[2] as SitemapSection;
    const n = Number(match[3]);
    const rows = await sitemapRange(section, n * IDS_PER_SITEMAP + 1, (n + 1) * IDS_PER_SITEMAP);
    return xml(request, urlsetXml(rows.flatMap((r) => editions(origin, SECTION_PATH[section](r.key), r.updatedAt))));
  } catch (error) {
    return internalError(error, `sitemap ${part}`);
  }
}
