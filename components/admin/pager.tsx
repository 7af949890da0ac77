import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";

/** Previous / next links that keep the list's other query parameters. */
export function Pager({ page, hasMore, params, t }: { page: number; hasMore: boolean; params: Record<string, string | undefined>; t: Messages }) {
  const href = (p: number) => `?${new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1])).toString()}`;
  if (page === 1 && !hasMore) return null;
  return (
    <nav className="mt-6 flex gap-4 text-sm" aria-label="pages">
      {page > 1 && <Link href={href(page - 1)} className="underline">← {t.admin.list.prev}</Link>}
      {hasMore && <Link href={href(page + 1)} className="underline">{t.admin.list.next} →</Link>}
    </nav>
  );
}
