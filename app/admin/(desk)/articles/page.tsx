import Link from "next/link";
import { AdminHeading, Badge } from "@/components/admin/admin-heading";
import { primaryButton } from "@/components/admin/buttons";
import { ListSearch } from "@/components/admin/list-search";
import { Pager } from "@/components/admin/pager";
import { requireEditor } from "@/lib/auth/current-editor";
import { formatDate } from "@/lib/i18n/format-date";
import { getMessages } from "@/lib/i18n/locale";
import { listAdminArticles } from "@/lib/queries/articles/admin-articles";
import { listParamsSchema } from "@/lib/validation/list-params";

export const dynamic = "force-dynamic";

export default async function AdminArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireEditor();
  const params = await searchParams;
  const { q, page } = listParamsSchema.parse(params);
  const [{ locale, t }, { articles, hasMore }] = await Promise.all([getMessages(), listAdminArticles({ q, page })]);
  return (
    <section aria-labelledby="page-title">
      <AdminHeading aside={<Link href="/admin/articles/new" className={primaryButton}>{t.admin.nav.newArticle}</Link>}>{t.admin.nav.articles}</AdminHeading>
      {params.deleted && <p role="status" className="mb-4">{t.admin.article.deleted}</p>}
      <ListSearch q={q} t={t} />
      {articles.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{t.admin.list.empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="admin-articles">
          {articles.map((a) => (
            <li key={a.id} className="py-2">
              <Link href={`/admin/articles/${a.id}`} className="font-serif text-lg underline decoration-stone-400 hover:decoration-stone-900">
                {a.title}
              </Link>
              {a.byEditor && <Badge tone="sky">{t.admin.list.byEditor}</Badge>}
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {a.publishedOn ? formatDate(a.publishedOn, "day", locale) : t.admin.list.undated}
                {a.source && ` · ${a.source}`} · {t.admin.official.meetings(a.meetings)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} hasMore={hasMore} params={{ q }} t={t} />
    </section>
  );
}
