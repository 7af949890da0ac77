import { Link } from "@/components/ui/link";
import { localName } from "@/lib/i18n/display-name";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { SearchCard } from "@/lib/search/run-search";

/** Officials the query names and topics it matches, above the articles, each linking to its page. */
export function ResultCards({ cards, locale, t }: { cards: SearchCard[]; locale: Locale; t: Messages }) {
  if (cards.length === 0) return null;
  return (
    <ul className="mt-6 grid gap-3 sm:grid-cols-2" aria-label={`${t.search.officialsFound}, ${t.search.topicsFound}`}>
      {cards.map((c) => (
        <li key={`${c.kind}-${c.slug}`} data-testid={`${c.kind}-card`} className="rounded border border-stone-300 bg-white p-3 dark:border-stone-700 dark:bg-stone-900">
          <p className="text-xs uppercase tracking-wide text-stone-600 dark:text-stone-400">{c.kind === "official" ? t.search.officialsFound : t.search.topicsFound}</p>
          <Link href={c.kind === "official" ? `/officials/${c.slug}` : `/topics/${c.slug}`} className="font-serif text-lg font-semibold hover:underline">
            {localName(c.labelRu, c.labelEn, locale)}
          </Link>
          {c.kind === "official" && locale === "ru" && c.labelEn !== c.labelRu && <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">{c.labelEn}</span>}
          {c.detail && <p className="text-sm text-stone-600 dark:text-stone-400">{c.detail}{c.country ? ` (${c.country})` : ""}</p>}
          <p className="text-sm text-stone-600 dark:text-stone-400">{t.search.articlesCount(c.articles)}</p>
        </li>
      ))}
    </ul>
  );
}
