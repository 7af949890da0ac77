/**
 * RFC 8288 `Link` header for a paged body (`first`, `prev`, `next`, `last`), so clients can follow pages
 * without building URLs. Empty for bodies without `pagination`.
 */
export function pageLinks(url: URL, origin: string, body: unknown): Record<string, string> {
  const pagination = (body as { pagination?: { page: number; totalPages: number } } | null)?.pagination;
  if (!pagination) return {};
  const { page, totalPages } = pagination;
  const at = (n: number) => {
    const target = new URL(url.pathname + url.search, origin);
    target.searchParams.set("page", String(n));
    return `<${target.toString()}>`;
  };
  const links = [`${at(1)}; rel="first"`];
  if (page > 1 && page <= totalPages) links.push(`${at(page - 1)}; rel="prev"`);
  if (page < totalPages) links.push(`${at(page + 1)}; rel="next"`);
  if (totalPages > 0) links.push(`${at(totalPages)}; rel="last"`);
  return { Link: links.join(", ") };
}
