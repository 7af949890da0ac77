import { Link } from "@/components/ui/link";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/messages";
import type { OfficialTally } from "@/lib/queries/officials/list-participants-of";
import { personName } from "@/lib/i18n/display-name";

/**
 * Officials with how often they met (held, plus planned) and when last: an official's counterparts or
 * the officials most involved in a topic. Each name links to the official's page.
 */
export function OfficialTallyList({
  locale,
  officials,
  labels,
}: {
  locale: Locale;
  officials: OfficialTally[];
  labels: { meetings: (n: number) => string; planned: (n: number) => string; lastMet: (date: string) => string };
}) {
  return (
    <ol className="divide-y divide-stone-200 dark:divide-stone-800">
      {officials.map((o) => (
        <li key={o.slug} className="py-2" data-testid="official-tally">
          <p className="flex items-baseline gap-2">
            <Link href={`/officials/${o.slug}`} className="font-serif text-base hover:underline">
              {personName(o, locale)}
            </Link>
            {o.countryCode && <span className="text-xs text-stone-500 dark:text-stone-400">{o.countryCode}</span>}
          </p>
          <p className="flex flex-wrap gap-x-1.5 text-sm text-stone-600 dark:text-stone-400">
            {[
              o.held > 0 ? labels.meetings(o.held) : null,
              o.planned > 0 ? labels.planned(o.planned) : null,
              o.lastHeld ? labels.lastMet(formatDate(o.lastHeld.date, o.lastHeld.precision, locale)) : null,
            ]
              .filter((part): part is string => part !== null)
              .map((part, i) => (
                <span key={part} className="whitespace-nowrap">
                  {i > 0 && "· "}
                  {part}
                </span>
              ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
