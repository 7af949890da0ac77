import Link from "next/link";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { AuditEntry } from "@/lib/queries/dashboard";
import { auditChanges } from "./audit-changes";

const EDIT_PATHS: Record<string, string> = { article: "articles", meeting: "meetings", official: "officials", topic: "topics", source: "sources" };

/** The change log as a list: who, when, what, and each changed field before → after (all plain text). */
export function AuditTable({ entries, t, locale, showRecord = true }: { entries: AuditEntry[]; t: Messages; locale: Locale; showRecord?: boolean }) {
  const a = t.admin.audit;
  if (entries.length === 0) return <p className="text-stone-600 dark:text-stone-400">{a.empty}</p>;
  return (
    <ol className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="audit-log">
      {entries.map((e) => {
        const path = EDIT_PATHS[e.entity];
        const exists = e.action !== "delete";
        return (
          <li key={e.id} className="py-3 text-sm">
            <p>
              <time dateTime={e.at.toISOString()} className="text-stone-600 dark:text-stone-400">
                {formatDateTime(e.at, locale)}
              </time>{" "}
              <strong>{e.editor ?? a.importer}</strong> {a.did(e.action, showRecord ? e.entity : "none")}{" "}
              {showRecord && (
                <>
                  {path && exists ? <Link href={`/admin/${path}/${e.entityId}`} className="underline">№ {e.entityId}</Link> : <span>№ {e.entityId}</span>}
                </>
              )}
            </p>
            <dl className="mt-1 grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-3 gap-y-0.5 text-xs">
              {auditChanges(e.before, e.after, t).map((c) => (
                <div key={c.field} className="contents">
                  <dt className="text-stone-600 dark:text-stone-400">{c.label}</dt>
                  <dd className="break-words">
                    {"added" in c ? (
                      <>
                        {c.added.length > 0 && <span className="text-emerald-800 dark:text-emerald-300">{a.added}: {c.added.join("; ")}</span>}
                        {c.added.length > 0 && c.removed.length > 0 && " · "}
                        {c.removed.length > 0 && <span className="text-red-800 line-through dark:text-red-300">{a.removed}: {c.removed.join("; ")}</span>}
                      </>
                    ) : (
                      <>
                        <span className="text-red-800 line-through dark:text-red-300">{c.before}</span> → <span className="text-emerald-800 dark:text-emerald-300">{c.after}</span>
                      </>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
