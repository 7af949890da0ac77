import { Link } from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { localName, personName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { HitMeeting, SearchHit } from "@/lib/search/run-search";
import { Highlighted } from "./highlighted";

function MeetingLine({ m, locale, t }: { m: HitMeeting; locale: Locale; t: Messages }) {
  const people = m.participants.map((p) => personName(p, locale)).join(", ");
  const place = m.place && localName(m.place.ru, m.place.en, locale);
  return (
    <li>
      <Link href={`/meetings/${m.id}`} className="hover:underline">
        {m.date ? formatDate(m.date, m.datePrecision, locale) : t.dateUnknown} · {t.kind[m.kind] ?? m.kind}
        {place ? ` · ${place}` : ""}
        {people ? ` — ${people}` : ""}
      </Link>
      {m.status === "planned" && (
        <>
          {" "}
          <StatusBadge kind={m.kind} status={m.status} t={t} />
        </>
      )}
    </li>
  );
}

/** One found article: highlighted title and snippet, date, source, and the meetings it reports. */
export function SearchHitItem({ hit, locale, t }: { hit: SearchHit; locale: Locale; t: Messages }) {
  return (
    <li className="border-b border-stone-200 py-4 dark:border-stone-800" data-testid="search-hit">
      <h2 className="font-serif text-lg font-semibold leading-snug">
        <Link href={`/articles/${hit.slug}`} className="hover:underline">
          <Highlighted segments={hit.title} />
        </Link>
      </h2>
      <p className="mt-0.5 text-sm text-stone-600 dark:text-stone-400">
        {hit.date ? <time dateTime={hit.date}>{formatDate(hit.date, "day", locale)}</time> : t.dateUnknown}
        {hit.source && <span> · {hit.source}</span>}
      </p>
      <p className="mt-1 text-stone-800 dark:text-stone-200" data-testid="search-snippet">
        <Highlighted segments={hit.snippet} />
      </p>
      {hit.meetings.length > 0 && (
        <div className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          <span>{t.search.reports}</span>
          <ul className="ml-4 list-disc">
            {hit.meetings.map((m) => (
              <MeetingLine key={m.id} m={m} locale={locale} t={t} />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
