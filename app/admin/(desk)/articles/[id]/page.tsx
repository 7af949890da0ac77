import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminHeading, Badge } from "@/components/admin/admin-heading";
import { ArticleForm } from "@/components/admin/article-form";
import { RecordHistory } from "@/components/admin/record-history";
import { dangerButton } from "@/components/admin/buttons";
import { requireEditor } from "@/lib/auth/current-editor";
import { formatDate } from "@/lib/i18n/format-date";
import { getMessages } from "@/lib/i18n/locale";
import { getAdminArticle } from "@/lib/queries/articles/admin-articles";
import { listAuditPage } from "@/lib/queries/dashboard";
import { id as idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export default async function AdminArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ published?: string }> }) {
  await requireEditor();
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const [{ locale, t }, article, audit, { published }] = await Promise.all([
    getMessages(), getAdminArticle(parsed.data), listAuditPage({ entity: "article", entityId: parsed.data, take: 20 }), searchParams,
  ]);
  if (!article) notFound();
  return (
    <section aria-labelledby="page-title">
      <AdminHeading aside={<Link href={`/articles/${article.slug}`} className="text-sm underline">{t.admin.form.openPublic}</Link>}>
        {t.admin.article.editTitle(article.title)}
      </AdminHeading>
      {published && <p role="status" className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">{published === "reprint" ? t.admin.create.publishedReprint : t.admin.create.published}</p>}
      <ArticleForm article={article} locale={locale} />

      <section aria-labelledby="meetings-title" className="mt-10">
        <h2 id="meetings-title" className="mb-2 text-xl font-semibold">{t.admin.article.meetings}</h2>
        {article.meetings.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{t.admin.article.noMeetings}</p>
        ) : (
          <ul className="space-y-1" data-testid="article-meetings">
            {article.meetings.map((m) => (
              <li key={m.id}>
                <Link href={`/admin/meetings/${m.id}`} className="underline">
                  {m.date ? formatDate(m.date, m.datePrecision, locale) : t.dateUnknown}, {t.meetingState(m.kind, m.status)}
                </Link>
                {m.names.length > 0 && <span> — {m.names.join(", ")}</span>}
                {m.otherSources > 0 && <Badge>{t.sources(m.otherSources + 1)}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <RecordHistory entries={audit} t={t} locale={locale} />

      <p className="mt-10">
        <Link href={`/admin/articles/${article.id}/delete`} className={dangerButton}>{t.admin.article.delete}</Link>
      </p>
    </section>
  );
}
