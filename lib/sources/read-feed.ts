import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { itemUrl } from "./item-url";
import { SourceError } from "./source-problem";

export interface ListedItem {
  url: string;
  title: string | null;
}

/** A feed's text: the charset its Content-Type names, else its XML declaration's, else UTF-8. */
export function decodeFeed(body: Uint8Array, contentType: string): string {
  const head = new TextDecoder("latin1").decode(body.subarray(0, 200));
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

/** Items of an RSS or Atom feed, in the feed's order, each address once. A document that is not a feed
 *  is refused with the parser's reason. */
export function readFeedItems(xml: string, base: string): ListedItem[] {
  // The parser reads a cut-off document as far as it goes; a feed that does not parse as XML is refused
  // whole, with where it breaks, rather than read in part.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new SourceError({ kind: "malformed-feed", detail: `${valid.err.msg} (line ${valid.err.line})` });
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new SourceError({ kind: "malformed-feed", detail: error instanceof Error ? error.message.slice(0, 200) : "unreadable" });
  }
  return unique(feed.items.map((item) => ({ url: itemUrl(item.url ?? item.id ?? "", base), title: item.title?.trim() || null })));
}

/**
 * The listing-page adapter, for outlets without a feed: every link on the page whose absolute address
 * matches the source's pattern (its articles' address shape), with the link's text as the title.
 */
export function readListingItems(html: string, base: string, pattern: string): ListedItem[] {
  let match: RegExp;
  try {
    match = new RegExp(pattern, "u");
  } catch {
    throw new SourceError({ kind: "malformed-feed", detail: `the link pattern ${pattern} is not a regular expression` });
  }
  const { document } = parseHTML(html);
  const links = [...document.querySelectorAll("a[href]")].map((a) => {
    const url = itemUrl(a.getAttribute("href") ?? "", base);
    return { url: url && match.test(url) ? url : null, title: a.textContent?.replace(/\s+/g, " ").trim() || null };
  });
  return unique(links);
}

function unique(items: { url: string | null; title: string | null }[]): ListedItem[] {
  const seen = new Map<string, ListedItem>();
  for (const { url, title } of items) if (url && !seen.has(url)) seen.set(url, { url, title });
  return [...seen.values()];
}
