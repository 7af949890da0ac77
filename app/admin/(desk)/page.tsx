import Link from "next/link";
import { AdminHeading } from "@/components/admin/admin-heading";
import { AuditTable } from "@/components/admin/audit-table";
import { requireEditor } from "@/lib/auth/current-editor";
import { formatDate } from "@/lib/i18n/format-date";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { getMessages } from "@/lib/i18n/locale";
import { getDashboard } from "@/lib/queries/dashboard";
import { countWaitingReviews } from "@/lib/queries/sources/review-items";

export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  await requireEditor();
  const [{ locale, t }, d, waitingItems] = await Promise.all([getMessages(), getDashboard(), countWaitingReviews()]);
  const a = t.admin.dashboard;
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{t.admin.nav.dashboard}</AdminHeading>
      {waitingItems > 0 && (
        <p className="mb-6">
          <Link href="/admin/review" className="underline">{t.polling.review.waitingCount(waitingItems)}</Link>
        </p>
      )}
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="review-title">
          <h2 id="review-title" className="mb-2 text-xl font-semibold">{a.reviewQueue}</h2>
          {d.reviewMeetings.length === 0 && d.reviewOfficials.length === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">{a.reviewEmpty}</p>
          ) : (
            <>
              <h3 className="mt-3 text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{a.reviewMeetings}</h3>
              <ul className="mt-1 space-y-1" data-testid="review-meetings">
                {d.reviewMeetings.map((m) => (
                  <li key={m.id}>
                    <Link href={`/admin/meetings/${m.id}`} className="underline">
                      {m.date ? formatDate(m.date, m.datePrecision, locale) : t.dateUnknown}, {t.kind[m.kind]}
                    </Link>
                    {m.names.length > 0 && <span className="text-stone-600 dark:text-stone-400"> — {m.names.join(", ")}</span>}
                  </li>
                ))}
              </ul>
              <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{a.reviewOfficials}</h3>
              <ul className="mt-1 space-y-1" data-testid="review-officials">
                {d.reviewOfficials.map((o) => (
                  <li key={o.id}>
                    <Link href={`/admin/officials/${o.id}`} className="underline">{o.nameRu}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="imports-title">
          <h2 id="imports-title" className="mb-2 text-xl font-semibold">{a.recentImports}</h2>
          {d.imports.length === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">{a.noImports}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {d.imports.map((r) => (
                <li key={r.id}>
                  <time dateTime={r.startedAt.toISOString()}>{formatDateTime(r.startedAt, locale)}</time> ({a.trigger[r.trigger]}):{" "}
                  {a.importRun(r.created, r.updated, r.unchanged, r.reprint, r.failed)}
                  {r.interruptedAt && ` — ${a.importInterrupted}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="edits-title" className="mt-10">
        <div className="mb-2 flex items-baseline justify-between">
          <h2 id="edits-title" className="text-xl font-semibold">{a.recentEdits}</h2>
          <Link href="/admin/audit" className="text-sm underline">{a.allAudit}</Link>
        </div>
        <AuditTable entries={d.edits} t={t} locale={locale} />
      </section>
    </section>
  );
}
