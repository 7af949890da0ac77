import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/messages";
import { localName } from "@/lib/i18n/display-name";

/** Topics as a row of small links to their pages. */
export function TopicLinks({ topics, locale, size = "sm" }: { topics: { slug: string; labelRu: string; labelEn: string }[]; locale: Locale; size?: "xs" | "sm" }) {
  return (
    <ul className={`flex flex-wrap gap-1.5 ${size === "xs" ? "text-xs" : "text-sm"}`}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link href={`/topics/${topic.slug}`} locale={locale} className="chip">
            {localName(topic.labelRu, topic.labelEn, locale)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
