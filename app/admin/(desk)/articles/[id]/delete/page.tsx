import { notFound } from "next/navigation";
import { AdminHeading } from "@/components/admin/admin-heading";
import { DeleteArticleForm } from "@/components/admin/delete-article-form";
import { requireEditor } from "@/lib/auth/current-editor";
import { getMessages } from "@/lib/i18n/locale";
import { getAdminArticle } from "@/lib/queries/articles/admin-articles";
import { id as idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/** The confirmation step: what goes and what stays, before anything is deleted. */
export default async function DeleteArticlePage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const [{ locale, t }, article] = await Promise.all([getMessages(), getAdminArticle(parsed.data)]);
  if (!article) notFound();
  const a = t.admin.article;
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{a.deleteTitle}</AdminHeading>
      <p className="mb-2 font-serif text-xl">«{article.title}»</p>
      <p className="mb-2 max-w-prose">{a.deleteExplain}</p>
      <ul className="mb-6 list-disc pl-6">
        <li>{a.deleteWillRemove(article.deleteRemoves)}</li>
        <li>{a.deleteWillKeep(article.deleteKeeps)}</li>
      </ul>
      <DeleteArticleForm id={article.id} version={article.version} locale={locale} />
    </section>
  );
}
