import { sitemapIndex } from "@/lib/sitemap/sitemap-route";

export const GET = sitemapIndex;
