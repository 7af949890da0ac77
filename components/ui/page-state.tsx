import Link from "next/link";
import type { ReactNode } from "react";

/** The body of a not-found or error page: what happened, in plain words, and a way on (`home.href` in the
 *  page's edition already: error pages render on the client too). */
export function PageState({ title, text, home, action }: { title: string; text: string; home?: { href: string; label: string }; action?: ReactNode }) {
  return (
    <section aria-labelledby="page-state-title" className="mx-auto max-w-xl py-12">
      <h1 id="page-state-title" className="font-serif text-3xl font-semibold">
        {title}
      </h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">{text}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        {action}
        {home && (
          <Link href={home.href} className="text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300">
            {home.label}
          </Link>
        )}
      </div>
    </section>
  );
}
