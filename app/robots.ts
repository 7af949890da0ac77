import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { originFromHeaders } from "@/lib/api/origin";

/**
 * Crawlers may read every public page. Kept out: the editors' area, the JSON API and the downloads
 * (machine formats, each a copy of pages that are indexed), and search results (an endless space of
 * queries). The /api reference page stays crawlable.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = originFromHeaders(await headers());
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/v1/", "/export/", "/search", "/*.ics$"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
