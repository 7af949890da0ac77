import type { Messages } from "@/lib/i18n/messages";
import { readablePhrasings } from "./readable-phrasings";

/** The phrasings that file an article or meeting under the topic: why it is here, open to checking. */
export function TopicPhrasings({ phrasings, t }: { phrasings: string[]; t: Messages }) {
  if (phrasings.length === 0) return null;
  return (
    <section aria-labelledby="phrasings-title">
      <h2 id="phrasings-title" className="font-serif text-xl font-semibold">
        {t.topics.phrasingsTitle}
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t.topics.phrasingsLead}</p>
      <ul className="mt-2 flex flex-wrap gap-1.5 text-sm" lang="ru">
        {readablePhrasings(phrasings).map((p) => (
          <li key={p} className="rounded bg-stone-100 px-2 py-0.5 dark:bg-stone-800">
            {p}
          </li>
        ))}
      </ul>
    </section>
  );
}
