import { AdminHeading } from "@/components/admin/admin-heading";
import { NewArticle } from "@/components/admin/new-article/new-article";
import { requireEditor } from "@/lib/auth/current-editor";
import { getMessages } from "@/lib/i18n/locale";
import { listTopicChoices } from "@/lib/queries/topics/admin-topics";

export const dynamic = "force-dynamic";

export default async function NewArticlePage() {
  await requireEditor();
  const [{ locale, t }, topics] = await Promise.all([getMessages(), listTopicChoices()]);
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{t.admin.create.title}</AdminHeading>
      <NewArticle locale={locale} topics={topics} />
    </section>
  );
}
