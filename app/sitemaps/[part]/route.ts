import { sitemapPart } from "@/lib/sitemap/sitemap-route";

export const GET = sitemapPart;
