import { Link } from "@/components/ui/link";
import { PostTitle } from "@/components/ui/post-title";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { OfficialGroup as Group, OfficialListItem } from "@/lib/queries/officials/list-officials";
import { localName, personName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";

/** One country group of the index: each official with their latest post and number of meetings. */
export function OfficialGroup({ group, officials, locale, t }: { group: Group; officials: OfficialListItem[]; locale: Locale; t: Messages }) {
  const id = `group-${group}`;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="flex items-baseline gap-3 border-b-2 border-stone-800 pb-1 font-serif text-2xl font-semibold dark:border-stone-300">
        {t.officials.groups[group]}
        <span className="font-sans text-sm font-normal text-stone-600 dark:text-stone-400">{t.officials.groupCount(officials.length)}</span>
      </h2>
      <ul className="gap-x-8 sm:columns-2">
        {officials.map((o) => (
          <li key={o.slug} className="flex break-inside-avoid items-baseline gap-3 border-b border-stone-200 py-2.5 dark:border-stone-800" data-testid="official-entry">
            <div className="min-w-0 flex-1">
              <Link href={`/officials/${o.slug}`} className="font-serif text-lg hover:underline">
                {personName(o, locale)}
              </Link>
              {(group === "other" || o.position) && (
                <p className="text-sm leading-snug text-stone-600 dark:text-stone-400">
                  {group === "other" && o.country && <span>{localName(o.country.nameRu, o.country.nameEn, locale)}</span>}
                  {group === "other" && o.country && o.position && " · "}
                  {o.position && <PostTitle post={o.position} locale={locale} />}
                </p>
              )}
            </div>
            <span className={`shrink-0 text-sm tabular-nums ${o.meetings === 0 ? "text-stone-500 dark:text-stone-400" : "text-stone-700 dark:text-stone-300"}`}>
              {t.officials.meetings(o.meetings)}
              {o.latest && <span className="block text-xs text-stone-600 dark:text-stone-400">{t.latestMeeting(formatDate(o.latest, "day", locale))}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
