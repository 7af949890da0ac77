import { isHttpUrl } from "@/lib/provenance/http-url";
import { UnreadableArticleError } from "./unreadable-article-error";

export interface ProvenanceHeader {
  url: string;
  outlet: string | null;
}

/** ` url <address> <outlet> ` on the first line, in the manner of the page layout's ` date ` header:
 *  the keyword, the page's address (no spaces) and, optionally, the outlet's name to the end of the line. */
const URL_HEADER = /^url\s+(\S+)(?:[ ]+([^\n]*))?(?:\n|$)/;

/** The optional provenance line and the text after it. An address that is not http(s) is refused with
 *  its value: a typo must not become a link on the article's page. */
export function readProvenanceHeader(text: string): { header: ProvenanceHeader | null; rest: string } {
  const match = URL_HEADER.exec(text);
  if (!match?.[1]) return { header: null, rest: text };
  const value = match[1];
  if (!isHttpUrl(value)) throw new UnreadableArticleError(`the url header "${value}" is not an http(s) address`, { kind: "header-url", value });
  const outlet = match[2]?.trim() || null;
  return { header: { url: value, outlet }, rest: text.slice(match[0].length) };
}

