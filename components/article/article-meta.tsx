import { pressName } from "@/lib/i18n/press-name";
import { localName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { ArticleDetail } from "@/lib/queries/articles/get-article";

const term = "text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";

/** Where the article comes from and how its facts about itself were obtained. */
export function ArticleMeta({ article, locale, t }: { article: ArticleDetail; locale: Locale; t: Messages }) {
  const a = t.article;
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title" className="font-serif text-lg font-semibold">
        {a.about}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
        <dt className={term}>{a.source}</dt>
        <dd>{article.source ? pressName(article.source.name, article.source.nameEn, locale) : a.sourceUnknown}</dd>
        <dt className={term}>{a.published}</dt>
        <dd>
          {article.publishedOn ? <time dateTime={article.publishedOn}>{formatDate(article.publishedOn, "day", locale)}</time> : t.dateUnknown}
          {article.publishedOnSource && <span className="block text-xs text-stone-600 dark:text-stone-400">{a.dateSource[article.publishedOnSource]}</span>}
        </dd>
        {article.dateline && (
          <>
            <dt className={term}>{a.dateline}</dt>
            <dd>{localName(article.dateline.ru, article.dateline.en, locale)}</dd>
          </>
        )}
        {article.photoCredit && (
          <>
            <dt className={term}>{a.photo}</dt>
            <dd lang="ru">{article.photoCredit}</dd>
          </>
        )}
      </dl>
      {article.titleDerived && <p className="mt-3 text-xs italic text-stone-600 dark:text-stone-400">{a.titleDerived}</p>}
    </section>
  );
}
