import Link from "next/link";
import { AdminHeading, Badge } from "@/components/admin/admin-heading";
import { Pager } from "@/components/admin/pager";
import { requireEditor } from "@/lib/auth/current-editor";
import { formatDate } from "@/lib/i18n/format-date";
import { getMessages } from "@/lib/i18n/locale";
import { listAdminMeetings } from "@/lib/queries/meetings/admin-meetings";
import { listParamsSchema } from "@/lib/validation/list-params";

export const dynamic = "force-dynamic";

export default async function AdminMeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireEditor();
  const { review, page } = listParamsSchema.parse(await searchParams);
  const [{ locale, t }, { meetings, hasMore }] = await Promise.all([getMessages(), listAdminMeetings({ review, page })]);
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{t.admin.nav.meetings}</AdminHeading>
      <form className="mb-6 flex items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="review" value="1" defaultChecked={review} className="size-4" />
          {t.admin.list.onlyReview}
        </label>
        <button type="submit" className="underline">{t.admin.list.search}</button>
      </form>
      {meetings.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{t.admin.list.empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800">
          {meetings.map((m) => (
            <li key={m.id} className="py-2">
              <Link href={`/admin/meetings/${m.id}`} className="underline">
                {m.date ? formatDate(m.date, m.datePrecision, locale) : t.dateUnknown}, {t.meetingState(m.kind, m.status)}
                {m.place && `, ${m.place}`}
              </Link>
              {m.needsReview && <Badge tone="amber">{t.admin.list.needsReview}</Badge>}
              {m.byEditor && <Badge tone="sky">{t.admin.list.byEditor}</Badge>}
              <p className="text-sm text-stone-600 dark:text-stone-400">{m.names.join(", ")}</p>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} hasMore={hasMore} params={{ review: review ? "1" : undefined }} t={t} />
    </section>
  );
}
