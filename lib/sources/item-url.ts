import { isHttpUrl } from "@/lib/provenance/http-url";

/** A listed link as an item's identity: absolute, http(s), without its fragment or campaign tags (the
 *  same story linked from two places is one item). Null for what is not a web address. */
export function itemUrl(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (!isHttpUrl(url.href)) return null;
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (key.startsWith("utm_")) url.searchParams.delete(key);
  return url.href;
}
