import { Link } from "@/components/ui/link";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { ArticleDetail } from "@/lib/queries/articles/get-article";
import { mentionFinder, segmentText, type Phrase } from "@/lib/text/find-mentions";
import { paragraphId } from "@/lib/text/paragraph-anchor";
import { localName, personName } from "@/lib/i18n/display-name";

type MarkKind = "official" | "topic" | "place";
interface Mark {
  kind: MarkKind;
  href: string;
  title: string;
}

const markClass: Record<MarkKind, string> = {
  official: "mark-official",
  topic: "mark-topic",
  place: "mark-place",
};

/** What to mark and where each mark leads: officials by their stored name forms, topics by their
 *  phrasings, places by name in any case. */
function marksFor(article: ArticleDetail, locale: Locale, t: Messages) {
  const marks = new Map<string, Mark>();
  const phrases: Phrase<string>[] = [];
  for (const o of article.officials) {
    marks.set(`o:${o.slug}`, { kind: "official", href: `/officials/${o.slug}`, title: `${t.article.legend.official}: ${personName(o, locale)}` });
    for (const form of o.forms) phrases.push({ key: `o:${o.slug}`, text: form, match: "exact" });
  }
  for (const topic of article.topics) {
    marks.set(`t:${topic.slug}`, { kind: "topic", href: `/topics/${topic.slug}`, title: `${t.article.legend.topic}: ${localName(topic.labelRu, topic.labelEn, locale)}` });
    for (const phrasing of topic.phrasings) phrases.push({ key: `t:${topic.slug}`, text: phrasing, match: "stem" });
  }
  for (const place of article.places) {
    marks.set(`p:${place.ru}`, { kind: "place", href: `/search?q=${encodeURIComponent(place.ru)}`, title: t.article.searchPlace(localName(place.ru, place.en, locale)) });
    phrases.push({ key: `p:${place.ru}`, text: place.ru, match: "stem" });
  }
  return { marks, finder: mentionFinder(phrases) };
}

/**
 * The article as published: the lead and each paragraph kept apart, with ids that evidence links point
 * at (`#p-3`), and the officials, topics and places it names marked as links. Text goes through React
 * as text, so nothing in an article is ever read as markup.
 */
export function ArticleText({ article, locale, t }: { article: ArticleDetail; locale: Locale; t: Messages }) {
  const { marks, finder } = marksFor(article, locale, t);
  const render = (text: string) =>
    segmentText(text, finder.find(text)).map((segment, i) => {
      const mark = segment.key ? marks.get(segment.key) : undefined;
      if (!mark) return segment.text;
      return (
        <Link key={i} href={mark.href} title={mark.title} className={markClass[mark.kind]}>
          {segment.text}
        </Link>
      );
    });
  return (
    <div lang="ru" className="article-text space-y-4 font-serif text-[1.1rem] leading-relaxed">
      {article.lead && (
        <p id={paragraphId(-1)} className="text-[1.2rem] font-medium leading-relaxed">
          {render(article.lead)}
        </p>
      )}
      {article.paragraphs.map((p, i) => (
        <p key={i} id={paragraphId(i)}>
          {render(p)}
        </p>
      ))}
    </div>
  );
}
