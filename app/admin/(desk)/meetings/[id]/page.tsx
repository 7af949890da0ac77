import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminHeading } from "@/components/admin/admin-heading";
import { RecordHistory } from "@/components/admin/record-history";
import { MeetingForm } from "@/components/admin/meeting-form";
import { requireEditor } from "@/lib/auth/current-editor";
import { formatDate } from "@/lib/i18n/format-date";
import { getMessages } from "@/lib/i18n/locale";
import { listAuditPage } from "@/lib/queries/dashboard";
import { getAdminMeeting } from "@/lib/queries/meetings/admin-meetings";
import { id as idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export default async function AdminMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const [{ locale, t }, meeting, audit] = await Promise.all([getMessages(), getAdminMeeting(parsed.data), listAuditPage({ entity: "meeting", entityId: parsed.data, take: 20 })]);
  if (!meeting) notFound();
  return (
    <section aria-labelledby="page-title">
      <AdminHeading aside={<Link href={`/meetings/${meeting.id}`} className="text-sm underline">{t.admin.form.openPublic}</Link>}>
        {t.admin.meeting.editTitle(meeting.id)}
      </AdminHeading>
      <MeetingForm meeting={meeting} locale={locale} />
      <section aria-labelledby="sources-title" className="mt-10">
        <h2 id="sources-title" className="mb-2 text-xl font-semibold">{t.admin.meeting.sources}</h2>
        <ul className="space-y-1">
          {meeting.sources.map((a) => (
            <li key={a.id}>
              <Link href={`/admin/articles/${a.id}`} className="underline">{a.title}</Link>
              {a.publishedOn && <span className="text-sm text-stone-600 dark:text-stone-400"> · {formatDate(a.publishedOn, "day", locale)}</span>}
            </li>
          ))}
        </ul>
      </section>
      <RecordHistory entries={audit} t={t} locale={locale} />
    </section>
  );
}
