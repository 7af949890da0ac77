import { AdminHeading } from "@/components/admin/admin-heading";
import { NewArticle } from "@/components/admin/new-article/new-article";
import { openReview } from "@/lib/actions/sources/open-review";
import { requireEditor } from "@/lib/auth/current-editor";
import { getMessages } from "@/lib/i18n/locale";
import { listTopicChoices } from "@/lib/queries/topics/admin-topics";

export const dynamic = "force-dynamic";

/** New article; `?review=<id>` opens an item a source holds for review in the preview. */
export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ review?: string }> }) {
  await requireEditor();
  const [{ locale, t }, topics, { review }] = await Promise.all([getMessages(), listTopicChoices(), searchParams]);
  const opened = review ? await openReview(Number(review), t) : undefined;
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{t.admin.create.title}</AdminHeading>
      {typeof opened === "string" && <p role="alert" className="mb-6 text-red-800 dark:text-red-300">{opened}</p>}
      <NewArticle locale={locale} topics={topics} opened={typeof opened === "object" ? opened : undefined} />
    </section>
  );
}
