import { formatDate } from "@/lib/i18n/format-date";
import { PostTitle } from "@/components/ui/post-title";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { OfficialProfile } from "@/lib/queries/officials/get-official";
import { OrganisationLine } from "./organisation-line";

/** Posts in the order they were first seen, each with its organisation and the dates the press mentioned it. */
export function PositionList({ positions, locale, t }: { positions: OfficialProfile["positions"]; locale: Locale; t: Messages }) {
  const day = (iso: string) => formatDate(iso, "day", locale);
  const seen = (p: OfficialProfile["positions"][number]) => {
    if (!p.firstSeen || !p.lastSeen) return t.officials.seenUndated;
    return p.firstSeen === p.lastSeen ? t.officials.seenOn(day(p.firstSeen)) : t.officials.seenBetween(day(p.firstSeen), day(p.lastSeen));
  };
  return (
    <section aria-labelledby="positions-title">
      <h2 id="positions-title" className="font-serif text-xl font-semibold">
        {t.officials.positionsTitle}
      </h2>
      {positions.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t.officials.positionsEmpty}</p>
      ) : (
        <ol className="mt-2 space-y-3 border-l-2 border-stone-300 pl-4 dark:border-stone-700">
          {positions.map((p) => (
            <li key={p.title} data-testid="official-position">
              <p className="leading-snug">
                <PostTitle post={p.title} locale={locale} />
              </p>
              {p.organisation && <OrganisationLine organisation={p.organisation} label={t.officials.organisation} locale={locale} />}
              <p className="text-sm text-stone-600 dark:text-stone-400">{seen(p)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
