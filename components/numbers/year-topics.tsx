import { Link } from "@/components/ui/link";
import { localName } from "@/lib/i18n/display-name";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { YearNumbers } from "@/lib/queries/meetings/yearly-numbers";
import { yearHref } from "@/lib/timeline/timeline-query";

/** Each year's most discussed topics, each linked to that year's meetings about it. */
export function YearTopics({ years, locale, t }: { years: YearNumbers[]; locale: Locale; t: Messages }) {
  const n = t.numbers;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{n.topicsCaption}</caption>
      <thead className="border-b-2 border-stone-800 dark:border-stone-300">
        <tr>
          <th scope="col" className="w-20 py-2 pr-3 font-semibold">
            {n.year}
          </th>
          <th scope="col" className="py-2 font-semibold">
            {n.topics}
          </th>
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.year} className="border-b border-stone-200 align-top dark:border-stone-800">
            <th scope="row" className="py-1.5 pr-3 font-normal tabular-nums">
              {y.year}
            </th>
            <td className="py-1.5">
              {y.topics.length === 0 ? (
                <span className="text-stone-500 dark:text-stone-400">{n.noTopics}</span>
              ) : (
                <ol className="flex flex-wrap gap-x-4 gap-y-1">
                  {y.topics.map((topic) => (
                    <li key={topic.slug}>
                      <Link href={yearHref(y.year, { topic: [topic.slug] })} className="text-sky-800 hover:underline dark:text-sky-300">
                        {localName(topic.labelRu, topic.labelEn, locale)}
                      </Link>{" "}
                      <span className="text-stone-600 tabular-nums dark:text-stone-400">({t.topics.meetings(topic.meetings)})</span>
                    </li>
                  ))}
                </ol>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
