import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/messages";
import type { TopicTally } from "@/lib/queries/topics/list-topics-of";
import { localName } from "@/lib/i18n/display-name";

/** Topics with their meeting counts, each linking to the topic's page. */
export function TopicChips({ topics, locale, count }: { topics: TopicTally[]; locale: Locale; count: (n: number) => string }) {
  // The number alone reads well on screen; a screen reader hears "Energy, 3 meetings".
  return (
    <ul className="flex flex-wrap gap-2">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link
            href={`/topics/${topic.slug}`}
            className="inline-flex items-baseline gap-1.5 rounded-full border border-stone-300 px-3 py-1 text-sm hover:border-stone-500 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            <span>{localName(topic.labelRu, topic.labelEn, locale)}</span>
            <span aria-hidden="true" className="text-xs text-stone-600 dark:text-stone-400">
              {topic.meetings}
            </span>
            <span className="sr-only">, {count(topic.meetings)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
