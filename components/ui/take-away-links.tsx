import type { Messages } from "@/lib/i18n/messages";

export interface TakeAwayHrefs {
  csv?: string;
  json?: string;
  atom: string;
  calendar: string;
  api?: string;
}

/**
 * Where a reader can take what the page shows: exports with the page's filters, the feed and the
 * calendar to subscribe to, the same data from the API. Plain links: they download or open elsewhere.
 */
export function TakeAwayLinks({ hrefs, t }: { hrefs: TakeAwayHrefs; t: Messages }) {
  const links = [
    { href: hrefs.csv, label: t.openData.takeAwayCsv },
    { href: hrefs.json, label: t.openData.takeAwayJson },
    { href: hrefs.atom, label: t.openData.takeAwayAtom },
    { href: hrefs.calendar, label: t.openData.takeAwayCalendar },
    { href: hrefs.api, label: t.openData.takeAwayApi },
  ].filter((l): l is { href: string; label: string } => Boolean(l.href));
  return (
    <nav aria-label={t.openData.takeAway} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
      <span>{t.openData.takeAway}:</span>
      {links.map((l) => (
        <a key={l.label} href={l.href} className="underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600">
          {l.label}
        </a>
      ))}
    </nav>
  );
}
