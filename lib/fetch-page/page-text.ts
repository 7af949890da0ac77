import type { PageArticle } from "./read-article-html";

/**
 * The article as the importer reads a pasted text: the page layout's ` date ` header when the page
 * states its date, the title, then one paragraph per block. The same text pasted by hand extracts alike.
 */
export function pageText(page: PageArticle): string {
  const parts = [page.publishedOn ? ` date ${page.publishedOn} ` : null, page.title, ...page.paragraphs];
  return parts.filter((p): p is string => !!p).join("\n\n");
}
