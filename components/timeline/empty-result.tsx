import { Link } from "@/components/ui/link";
import type { Messages } from "@/lib/i18n/messages";

/** No meeting matches: say so, and offer each filter's removal with what it would bring back. */
export function EmptyResult({ widen, t }: { widen: { label: string; href: string; count: number }[]; t: Messages }) {
  return (
    <div className="rounded border border-dashed border-stone-400 p-5 dark:border-stone-600" data-testid="timeline-empty">
      <p className="font-medium">{t.timeline.noMatches}</p>
      {widen.length > 0 && (
        <>
          <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">{t.timeline.widen}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {widen.map((w) => (
              <li key={w.href}>
                <Link href={w.href} className="text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300">
                  {t.timeline.filters.remove(w.label)}
                </Link>{" "}
                <span className="text-stone-600 dark:text-stone-400">({t.timeline.meetings(w.count)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-sm">
        <Link href="/" className="text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300">
          {t.timeline.widenAll}
        </Link>
      </p>
    </div>
  );
}
