import { notFound } from "next/navigation";
import { AdminHeading } from "@/components/admin/admin-heading";
import { MergeOfficialsForm } from "@/components/admin/merge-officials-form";
import { requireEditor } from "@/lib/auth/current-editor";
import { getMessages } from "@/lib/i18n/locale";
import { getAdminOfficial } from "@/lib/queries/officials/admin-officials";
import { id as idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export default async function MergeOfficialPage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const [{ locale, t }, official] = await Promise.all([getMessages(), getAdminOfficial(parsed.data)]);
  if (!official) notFound();
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{t.admin.official.mergeTitle(official.nameRu)}</AdminHeading>
      <p className="mb-6 max-w-prose">{t.admin.official.mergeExplain}</p>
      <MergeOfficialsForm source={{ id: official.id, version: official.version, nameRu: official.nameRu }} locale={locale} />
    </section>
  );
}
