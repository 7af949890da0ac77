/**
 * Where to send a reader back to after a form post (the language switch): the path of the page they
 * came from, only when that page is on this site, and only as a path that stays on it. A Referer of
 * `https://this.site//evil.example/x` has the path `//evil.example/x`, which a browser reads as another
 * host; that, and anything not from this host, gives the home page.
 */
export function returnPath(referer: string | null, host: string | null): string {
  if (!referer || !host) return "/";
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return "/";
  }
  if (url.host !== host || (url.protocol !== "http:" && url.protocol !== "https:")) return "/";
  const path = url.pathname + url.search;
  return /^\/(?![/\\])/.test(path) ? path : "/";
}
