import { notFound } from "next/navigation";
import { AdminHeading } from "@/components/admin/admin-heading";
import { RecordHistory } from "@/components/admin/record-history";
import { TopicForm } from "@/components/admin/topic-form";
import { requireEditor } from "@/lib/auth/current-editor";
import { localName } from "@/lib/i18n/display-name";
import { getMessages } from "@/lib/i18n/locale";
import { listAuditPage } from "@/lib/queries/dashboard";
import { getAdminTopic } from "@/lib/queries/topics/admin-topics";
import { id as idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export default async function AdminTopicPage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const [{ locale, t }, topic, audit] = await Promise.all([getMessages(), getAdminTopic(parsed.data), listAuditPage({ entity: "topic", entityId: parsed.data, take: 20 })]);
  if (!topic) notFound();
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{t.admin.topic.editTitle(localName(topic.labelRu, topic.labelEn, locale))}</AdminHeading>
      <TopicForm topic={topic} locale={locale} />
      <RecordHistory entries={audit} t={t} locale={locale} />
    </section>
  );
}
