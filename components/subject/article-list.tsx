import { pressName } from "@/lib/i18n/press-name";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { ArticleListItem } from "@/lib/queries/articles/list-articles-of";

/** A subject's articles, newest first: date and source, the title as published (in Russian), and a weight. */
export function ArticleList({
  locale,
  t,
  title,
  empty,
  articles,
  weight,
  pager,
}: {
  locale: Locale;
  t: Messages;
  title: string;
  empty: string;
  articles: ArticleListItem[];
  /** "3 mentions", "2 phrases on the topic". */
  weight: (n: number) => string;
  pager: ReactNode;
}) {
  return (
    <section id="articles" aria-labelledby="articles-title" className="scroll-mt-4">
      <h2 id="articles-title" className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      {articles.length === 0 ? (
        <p className="mt-3 text-stone-600 dark:text-stone-400">{empty}</p>
      ) : (
        <>
          <ol className="mt-2">
            {articles.map((a) => (
              <li key={a.slug} className="border-b border-stone-200 py-3 dark:border-stone-800" data-testid="subject-article">
                <p className="flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400">
                  <time dateTime={a.publishedOn ?? undefined} className="font-medium text-stone-800 dark:text-stone-200">
                    {a.publishedOn ? formatDate(a.publishedOn, "day", locale) : t.dateUnknown}
                  </time>
                  {a.source && <span>{pressName(a.source.name, a.source.nameEn, locale)}</span>}
                  <span className="ml-auto">{weight(a.weight)}</span>
                </p>
                <Link href={`/articles/${a.slug}`} lang="ru" className="mt-1 block font-serif text-lg leading-snug hover:underline">
                  {a.title}
                </Link>
              </li>
            ))}
          </ol>
          {pager}
        </>
      )}
    </section>
  );
}
