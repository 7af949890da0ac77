import Link from "next/link";
import { AdminHeading, Badge } from "@/components/admin/admin-heading";
import { ListSearch } from "@/components/admin/list-search";
import { Pager } from "@/components/admin/pager";
import { requireEditor } from "@/lib/auth/current-editor";
import { getMessages } from "@/lib/i18n/locale";
import { listAdminOfficials } from "@/lib/queries/officials/admin-officials";
import { listParamsSchema } from "@/lib/validation/list-params";

export const dynamic = "force-dynamic";

export default async function AdminOfficialsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireEditor();
  const { q, review, page } = listParamsSchema.parse(await searchParams);
  const [{ t }, { officials, hasMore }] = await Promise.all([getMessages(), listAdminOfficials({ q, review, page })]);
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{t.admin.nav.officials}</AdminHeading>
      <ListSearch q={q} review={review} withReview t={t} />
      {officials.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{t.admin.list.empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800">
          {officials.map((o) => (
            <li key={o.id} className="py-2">
              <Link href={`/admin/officials/${o.id}`} className="font-serif text-lg underline">{o.nameRu}</Link>
              {o.nameLatin && <span className="text-stone-600 dark:text-stone-400"> ({o.nameLatin})</span>}
              {o.needsReview && <Badge tone="amber">{t.admin.list.needsReview}</Badge>}
              {o.byEditor && <Badge tone="sky">{t.admin.list.byEditor}</Badge>}
              <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">{o.countryCode} · {t.admin.official.meetings(o.meetings)}</span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} hasMore={hasMore} params={{ q, review: review ? "1" : undefined }} t={t} />
    </section>
  );
}
