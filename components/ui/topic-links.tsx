import Link from "next/link";
import type { Locale } from "@/lib/i18n/messages";
import { localName } from "./display-name";

/** Topics as a row of small links to their pages. */
export function TopicLinks({ topics, locale, size = "sm" }: { topics: { slug: string; labelRu: string; labelEn: string }[]; locale: Locale; size?: "xs" | "sm" }) {
  return (
    <ul className={`flex flex-wrap gap-1.5 ${size === "xs" ? "text-xs" : "text-sm"}`}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link
            href={`/topics/${topic.slug}`}
            className="inline-block rounded-full border border-stone-300 px-2 py-0.5 text-stone-700 hover:border-stone-600 hover:text-stone-950 dark:border-stone-700 dark:text-stone-300 dark:hover:border-stone-400 dark:hover:text-white"
          >
            {localName(topic.labelRu, topic.labelEn, locale)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
