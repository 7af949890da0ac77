import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminHeading } from "@/components/admin/admin-heading";
import { RecordHistory } from "@/components/admin/record-history";
import { EditSourceForm } from "@/components/admin/sources/edit-source-form";
import { requireEditor } from "@/lib/auth/current-editor";
import { getMessages } from "@/lib/i18n/locale";
import { listAuditPage } from "@/lib/queries/dashboard";
import { getEditableSource } from "@/lib/queries/sources/get-source";
import { id as idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/** /admin/sources/[id]: a source's feed or listing page, site and polling, with its change log. */
export default async function AdminSourcePage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const [{ locale, t }, source, audit] = await Promise.all([getMessages(), getEditableSource(parsed.data), listAuditPage({ entity: "source", entityId: parsed.data, take: 20 })]);
  if (!source) notFound();
  return (
    <section aria-labelledby="page-title">
      <AdminHeading aside={<Link href="/admin/sources" className="text-sm underline">{t.polling.title}</Link>}>{t.polling.editTitle(source.name)}</AdminHeading>
      <EditSourceForm source={source} locale={locale} />
      <RecordHistory entries={audit} t={t} locale={locale} />
    </section>
  );
}
