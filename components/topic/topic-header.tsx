import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TopicProfile } from "@/lib/queries/topics/get-topic";
import type { YearCount } from "@/lib/queries/meetings/list-meetings-of";
import { localName } from "@/lib/i18n/display-name";

/** Label in the reader's language (the other beneath), counts and the years the topic spans. */
export function TopicHeader({ topic, years, locale, t }: { topic: TopicProfile; years: YearCount[]; locale: Locale; t: Messages }) {
  const other = locale === "en" ? topic.labelRu : topic.labelEn;
  const dated = years.flatMap((y) => (y.year === null ? [] : [y.year]));
  const facts = [
    t.topics.meetings(topic.meetings),
    t.topics.articles(topic.articles),
    dated.length > 0 ? t.topics.period(Math.min(...dated), Math.max(...dated)) : null,
  ].filter((f): f is string => f !== null);
  return (
    <header className="border-b border-stone-300 pb-6 dark:border-stone-700">
      <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">{localName(topic.labelRu, topic.labelEn, locale)}</h1>
      <p className="mt-1 text-lg text-stone-600 dark:text-stone-400">
        <span className="sr-only">{t.topics.otherLanguageLabel}: </span>
        <span lang={locale === "en" ? "ru" : "en"}>{other}</span>
      </p>
      <ul aria-label={t.topics.summaryLabel} className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
        {facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </header>
  );
}
