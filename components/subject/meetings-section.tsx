import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { MeetingRow } from "@/components/timeline/meeting-row";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TimelineEntry } from "@/lib/queries/meetings/timeline-entries";

/** Consecutive meetings of one year (the list is newest first, undated last). */
function byYear(entries: TimelineEntry[]): { year: string | null; entries: TimelineEntry[] }[] {
  const groups: { year: string | null; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const year = entry.date?.slice(0, 4) ?? null;
    const last = groups.at(-1);
    if (last && last.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

/**
 * A subject's meetings as timeline rows under year headings, with an overview (`children`, e.g. the
 * per-year bars) above and the pager below.
 */
export function MeetingsSection({
  locale,
  t,
  title,
  empty,
  undated,
  entries,
  timeline,
  pager,
  children,
}: {
  locale: Locale;
  t: Messages;
  title: string;
  empty: string;
  undated: string;
  entries: TimelineEntry[];
  timeline: { href: string; label: string };
  pager: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section id="meetings" aria-labelledby="meetings-title" className="scroll-mt-4">
      <h2 id="meetings-title" className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-3 text-stone-600 dark:text-stone-400">{empty}</p>
      ) : (
        <>
          {children && <div className="mt-4">{children}</div>}
          <p className="mt-4 text-sm">
            <Link href={timeline.href} className="underline underline-offset-2">
              {timeline.label}
            </Link>
          </p>
          {byYear(entries).map((group) => (
            <div key={group.year ?? "undated"} className="mt-6">
              <h3 className="border-b-2 border-stone-800 pb-1 font-serif text-lg font-semibold dark:border-stone-300">{group.year ?? undated}</h3>
              <ol>
                {group.entries.map((m) => (
                  <MeetingRow key={m.id} meeting={m} locale={locale} t={t} />
                ))}
              </ol>
            </div>
          ))}
          {pager}
        </>
      )}
    </section>
  );
}
