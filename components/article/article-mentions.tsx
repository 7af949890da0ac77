import { Link } from "@/components/ui/link";
import { CountryCode } from "@/components/ui/country-code";
import { localName, personName } from "@/lib/i18n/display-name";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { ArticleDetail } from "@/lib/queries/articles/get-article";

/** The officials and topics an article names, each linked to its page. */
export function ArticleMentions({ article, locale, t }: { article: ArticleDetail; locale: Locale; t: Messages }) {
  return (
    <>
      {article.officials.length > 0 && (
        <section aria-labelledby="officials-title">
          <h2 id="officials-title" className="font-serif text-lg font-semibold">
            {t.article.officials}
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {article.officials.map((o) => (
              <li key={o.slug}>
                <Link href={`/officials/${o.slug}`} className="mark-official">
                  {personName(o, locale)}
                </Link>
                {o.country && (
                  <span className="ml-1.5">
                    <CountryCode code={o.country} />
                  </span>
                )}
                <span className="ml-1.5 text-xs text-stone-600 dark:text-stone-400">{t.article.mentions(o.mentions)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {article.topics.length > 0 && (
        <section aria-labelledby="article-topics-title">
          <h2 id="article-topics-title" className="font-serif text-lg font-semibold">
            {t.article.topics}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-1.5 text-sm">
            {article.topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={`/topics/${topic.slug}`} className="mark-topic">
                  {localName(topic.labelRu, topic.labelEn, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
