import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TimelineEntry } from "@/lib/queries/list-timeline";

export function MeetingRow({ meeting, locale, t }: { meeting: TimelineEntry; locale: Locale; t: Messages }) {
  const name = (p: TimelineEntry["participants"][number]) => (locale === "en" && p.nameLatin ? p.nameLatin : p.nameRu);
  const place = meeting.place && (locale === "en" && meeting.place.en ? meeting.place.en : meeting.place.ru);
  return (
    <li className="border-b border-stone-200 py-4 dark:border-stone-800" data-testid="timeline-meeting">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <time dateTime={meeting.date ?? undefined} className="font-medium text-stone-800 dark:text-stone-200">
          {meeting.date ? formatDate(meeting.date, meeting.datePrecision, locale) : t.dateUnknown}
        </time>
        <span>{t.kind[meeting.kind]}</span>
        <span
          className={
            meeting.status === "planned"
              ? "rounded bg-amber-100 px-1.5 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
              : "rounded bg-emerald-100 px-1.5 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200"
          }
        >
          {t.status[meeting.status]}
        </span>
        {place && <span>{place}</span>}
        <span className="ml-auto">{t.sources(meeting.sourceCount)}</span>
      </div>
      <ul className="mt-2 space-y-0.5">
        {meeting.participants.map((p) => (
          <li key={p.slug}>
            <span className="font-serif text-lg">{name(p)}</span>
            {p.position && <span className="text-stone-600 dark:text-stone-400">, {p.position}</span>}
            {p.country && <span className="ml-1 text-xs text-stone-500 dark:text-stone-400">({p.country})</span>}
          </li>
        ))}
      </ul>
      {meeting.topics.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-1.5 text-xs">
          {meeting.topics.map((topic) => (
            <span key={topic.slug} className="rounded-full border border-stone-300 px-2 py-0.5 dark:border-stone-700">
              {locale === "en" ? topic.labelEn : topic.labelRu}
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
