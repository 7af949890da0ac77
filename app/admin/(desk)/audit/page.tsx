import Link from "next/link";
import { AdminHeading } from "@/components/admin/admin-heading";
import { AuditTable } from "@/components/admin/audit-table";
import { requireEditor } from "@/lib/auth/current-editor";
import { getMessages } from "@/lib/i18n/locale";
import { listAuditPage } from "@/lib/queries/dashboard";

export const dynamic = "force-dynamic";

const PAGE = 50;

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  await requireEditor();
  const { before } = await searchParams;
  const cursor = before && /^\d{1,18}$/.test(before) ? BigInt(before) : undefined;
  const [{ locale, t }, entries] = await Promise.all([getMessages(), listAuditPage({ before: cursor, take: PAGE })]);
  const last = entries.at(-1);
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{t.admin.audit.title}</AdminHeading>
      <AuditTable entries={entries} t={t} locale={locale} />
      {entries.length === PAGE && last && (
        <p className="mt-6"><Link href={`/admin/audit?before=${last.id}`} className="underline">{t.admin.audit.older} →</Link></p>
      )}
    </section>
  );
}
