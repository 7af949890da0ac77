import { Link } from "@/components/ui/link";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TopicListItem } from "@/lib/queries/topics/list-topics";
import { localName } from "@/lib/i18n/display-name";

/** The topics index as a table; topics nothing is filed under yet stay listed, in a fainter tone. */
export function TopicTable({ topics, locale, t }: { topics: TopicListItem[]; locale: Locale; t: Messages }) {
  const count = (n: number) => (n === 0 ? <span className="text-stone-500 dark:text-stone-400">{t.topics.none}</span> : n);
  return (
    <table className="mt-6 w-full border-collapse text-left">
      <thead className="border-b-2 border-stone-800 text-sm dark:border-stone-300">
        <tr>
          <th scope="col" className="py-2 pr-3 font-semibold">
            {t.topics.columns.topic}
          </th>
          <th scope="col" className="px-3 py-2 text-right font-semibold">
            {t.topics.columns.meetings}
          </th>
          <th scope="col" className="px-3 py-2 text-right font-semibold">
            {t.topics.columns.articles}
          </th>
          <th scope="col" className="hidden py-2 pl-3 font-semibold sm:table-cell">
            {t.topics.columns.latest}
          </th>
        </tr>
      </thead>
      <tbody>
        {topics.map((topic) => {
          const quiet = topic.meetings === 0 && topic.articles === 0;
          return (
            <tr key={topic.slug} className={`border-b border-stone-200 dark:border-stone-800 ${quiet ? "text-stone-500 dark:text-stone-400" : ""}`} data-testid="topic-entry" data-quiet={quiet || undefined}>
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link href={`/topics/${topic.slug}`} className={`font-serif text-lg hover:underline ${quiet ? "" : "text-stone-900 dark:text-stone-100"}`}>
                  {localName(topic.labelRu, topic.labelEn, locale)}
                </Link>
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{count(topic.meetings)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{count(topic.articles)}</td>
              <td className="hidden py-2 pl-3 text-sm sm:table-cell">
                {topic.lastMeeting ? formatDate(topic.lastMeeting.date, topic.lastMeeting.precision, locale) : "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
