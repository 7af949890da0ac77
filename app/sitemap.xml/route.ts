import { sitemapIndex } from "@/lib/sitemap/sitemap-route";

// Built per request from the live archive and the request's origin; never prerendered at build time.
export const dynamic = "force-dynamic";

export const GET = sitemapIndex;
