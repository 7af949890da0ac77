import type { Locale, Messages } from "@/lib/i18n/messages";
import type { AuditEntry } from "@/lib/queries/dashboard";
import { AuditTable } from "./audit-table";

/** The change log of the record an edit page shows, below its form. */
export function RecordHistory({ entries, t, locale }: { entries: AuditEntry[]; t: Messages; locale: Locale }) {
  return (
    <section aria-labelledby="history-title" className="mt-10">
      <h2 id="history-title" className="mb-2 text-xl font-semibold">{t.admin.audit.recordTitle}</h2>
      <AuditTable entries={entries} t={t} locale={locale} showRecord={false} />
    </section>
  );
}
