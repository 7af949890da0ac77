import Link from "next/link";
import { AdminHeading, Badge } from "@/components/admin/admin-heading";
import { requireEditor } from "@/lib/auth/current-editor";
import { localName } from "@/lib/i18n/display-name";
import { getMessages } from "@/lib/i18n/locale";
import { listAdminTopics } from "@/lib/queries/topics/admin-topics";

export const dynamic = "force-dynamic";

export default async function AdminTopicsPage() {
  await requireEditor();
  const [{ locale, t }, topics] = await Promise.all([getMessages(), listAdminTopics()]);
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{t.admin.nav.topics}</AdminHeading>
      <ul className="divide-y divide-stone-200 dark:divide-stone-800">
        {topics.map((topic) => (
          <li key={topic.id} className="py-2">
            <Link href={`/admin/topics/${topic.id}`} className="underline">{localName(topic.labelRu, topic.labelEn, locale)}</Link>
            {topic.byEditor && <Badge tone="sky">{t.admin.list.byEditor}</Badge>}
            <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">{t.admin.official.meetings(topic.meetings)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
