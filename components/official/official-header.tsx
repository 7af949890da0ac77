import type { Locale, Messages } from "@/lib/i18n/messages";
import { PostTitle } from "@/components/ui/post-title";
import type { OfficialProfile } from "@/lib/queries/officials/get-official";
import { localName, personName } from "@/lib/i18n/display-name";

/** Name (in the reader's language, the other script beneath), country, latest post and the counts. */
export function OfficialHeader({ official, counterparts, locale, t }: { official: OfficialProfile; counterparts: number; locale: Locale; t: Messages }) {
  const name = personName(official, locale);
  const other = locale === "en" ? official.nameRu : official.nameLatin;
  const latest = official.latestPosition;
  const facts = [
    official.meetings.held > 0 || official.meetings.planned === 0 ? t.officials.meetings(official.meetings.held) : null,
    official.meetings.planned > 0 ? t.officials.planned(official.meetings.planned) : null,
    t.officials.counterpartsCount(counterparts),
    t.officials.articles(official.articles),
  ].filter((f): f is string => f !== null);
  return (
    <header className="border-b border-stone-300 pb-6 dark:border-stone-700">
      {official.country && (
        <p className="text-sm font-medium uppercase tracking-wider text-stone-600 dark:text-stone-400">
          <span className="sr-only">{t.officials.country}: </span>
          {localName(official.country.nameRu, official.country.nameEn, locale)}
        </p>
      )}
      <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight sm:text-4xl">{name}</h1>
      {other && other !== name && (
        <p className="mt-1 text-lg text-stone-600 dark:text-stone-400">
          <span className="sr-only">{t.officials.otherScriptName}: </span>
          <span lang={locale === "en" ? "ru" : undefined}>{other}</span>
        </p>
      )}
      {latest && (
        <p className="mt-3 max-w-prose text-stone-800 dark:text-stone-200">
          <PostTitle post={latest} locale={locale} />
        </p>
      )}
      <ul aria-label={t.officials.summaryLabel} className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
        {facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </header>
  );
}
