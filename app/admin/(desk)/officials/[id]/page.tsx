import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminHeading } from "@/components/admin/admin-heading";
import { RecordHistory } from "@/components/admin/record-history";
import { OfficialForm } from "@/components/admin/official-form";
import { requireEditor } from "@/lib/auth/current-editor";
import { formatDate } from "@/lib/i18n/format-date";
import { getMessages } from "@/lib/i18n/locale";
import { listAuditPage } from "@/lib/queries/dashboard";
import { getAdminOfficial } from "@/lib/queries/officials/admin-officials";
import { id as idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export default async function AdminOfficialPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ merged?: string }> }) {
  await requireEditor();
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const [{ locale, t }, official, audit, { merged }] = await Promise.all([
    getMessages(), getAdminOfficial(parsed.data), listAuditPage({ entity: "official", entityId: parsed.data, take: 20 }), searchParams,
  ]);
  if (!official) notFound();
  const o = t.admin.official;
  return (
    <section aria-labelledby="page-title">
      <AdminHeading aside={<Link href={`/officials/${official.slug}`} className="text-sm underline">{t.admin.form.openPublic}</Link>}>
        {o.editTitle(official.nameRu)}
      </AdminHeading>
      {merged && <p role="status" className="mb-4">{o.merged}</p>}
      <p className="mb-4 text-sm text-stone-600 dark:text-stone-400">{o.meetings(official.meetings)}</p>
      <OfficialForm official={official} locale={locale} />
      <div className="mt-10 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="positions-title">
          <h2 id="positions-title" className="mb-2 text-xl font-semibold">{o.positions}</h2>
          <ul className="space-y-1 text-sm">
            {official.positions.map((p) => (
              <li key={p.id}>
                {p.title}
                {p.firstSeen && (
                  <span className="text-stone-600 dark:text-stone-400">
                    {" "}· {formatDate(p.firstSeen, "day", locale)}
                    {p.lastSeen && p.lastSeen !== p.firstSeen && ` – ${formatDate(p.lastSeen, "day", locale)}`}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="names-title">
          <h2 id="names-title" className="mb-2 text-xl font-semibold">{o.names}</h2>
          <p className="text-sm leading-relaxed">{official.names.map((n) => n.form).join(" · ")}</p>
        </section>
      </div>
      <p className="mt-8">
        <Link href={`/admin/officials/${official.id}/merge`} className="underline">{o.merge}</Link>
      </p>
      <RecordHistory entries={audit} t={t} locale={locale} />
    </section>
  );
}
