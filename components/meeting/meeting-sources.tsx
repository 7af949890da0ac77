import { pressName } from "@/lib/i18n/press-name";
import { Link } from "@/components/ui/link";
import { localePath } from "@/lib/i18n/locale-path";
import { localName, personName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { MeetingFact, MeetingSourceArticle } from "@/lib/queries/meetings/get-meeting";
import { quoteHref } from "@/lib/text/paragraph-anchor";
import { OriginalLink } from "../article/original-link";

/** "участник: Ермек Кошербаев, Кристофер Ландау · тема: Энергетика": facts of one kind together. */
function factsText(facts: MeetingFact[], locale: Locale, t: Messages): string {
  const byKind = new Map<MeetingFact["fact"], string[]>();
  for (const f of facts) {
    const subject = f.official ? personName(f.official, locale) : f.topic ? localName(f.topic.labelRu, f.topic.labelEn, locale) : null;
    const subjects = byKind.get(f.fact) ?? [];
    byKind.set(f.fact, subject ? [...subjects, subject] : subjects);
  }
  return [...byKind].map(([kind, subjects]) => (subjects.length ? `${t.meeting.fact[kind]}: ${subjects.join(", ")}` : t.meeting.fact[kind])).join(" · ");
}

function whereInArticle(paragraph: number, t: Messages): string {
  const p = t.meeting.paragraph;
  return paragraph === -2 ? p.title : paragraph === -1 ? p.lead : p.body(paragraph + 1);
}

/**
 * Each article reporting the meeting, with the sentences behind each fact, linked to their place. The
 * quote links are plain anchors: a full navigation is what makes the browser set :target (the paragraph
 * highlight) and follow the text fragment to the sentence; a client-side route change does neither.
 */
export function MeetingSources({ sources, locale, t }: { sources: MeetingSourceArticle[]; locale: Locale; t: Messages }) {
  const m = t.meeting;
  return (
    <section aria-labelledby="sources" className="scroll-mt-4">
      <h2 id="sources" className="border-b-2 border-stone-800 pb-1 font-serif text-2xl font-semibold dark:border-stone-300">
        {m.sources} <span className="text-base font-normal text-stone-600 dark:text-stone-400">({sources.length})</span>
      </h2>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{m.sourcesIntro}</p>
      <ol className="mt-4 space-y-8">
        {sources.map((s) => (
          <li key={s.slug} data-testid="meeting-source">
            <article aria-labelledby={`src-${s.slug}`}>
              <h3 id={`src-${s.slug}`} className="font-serif text-lg font-semibold leading-snug">
                <Link href={`/articles/${s.slug}`} className="underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600">
                  {s.title}
                </Link>
              </h3>
              <p className="mt-0.5 text-sm text-stone-600 dark:text-stone-400">
                {[s.source && pressName(s.source.name, s.source.nameEn, locale), s.publishedOn && formatDate(s.publishedOn, "day", locale)]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <div className="mt-1">
                <OriginalLink provenance={s.provenance} publishedOn={s.publishedOn} locale={locale} t={t} />
              </div>
              {s.quotes.length === 0 ? (
                <p className="mt-2 text-sm italic">{m.noQuotes}</p>
              ) : (
                <ul className="mt-3 space-y-3">
                  {s.quotes.map((q) => {
                    const where = whereInArticle(q.paragraph, t);
                    return (
                      <li key={`${q.paragraph}:${q.offset}:${q.sentence}`} className="border-l-4 border-stone-300 pl-3 dark:border-stone-700" data-testid="evidence-quote">
                        <blockquote lang="ru" className="font-serif leading-relaxed">
                          «{q.sentence}»
                        </blockquote>
                        <p className="mt-1 flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-xs text-stone-600 dark:text-stone-400">
                          <span>
                            {m.supports}: {factsText(q.facts, locale, t)}
                          </span>
                          {q.byEditor && <span className="italic">({m.byEditor})</span>}
                          <a
                            href={localePath(locale, quoteHref(s.slug, q.paragraph, q.sentence))}
                            aria-label={m.quoteLinkLabel(where, s.title)}
                            className="text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300"
                          >
                            {where}, {m.quoteLink} →
                          </a>
                        </p>
                      </li>
                    );
                  })}
                </ul>
              )}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
