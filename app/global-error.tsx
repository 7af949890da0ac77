"use client";

import { timeline } from "@/lib/i18n/messages/timeline";
import "./globals.css";

/**
 * When the root layout itself fails there is no header, no cookie and no locale: say it in both
 * languages, with no detail of the error.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ru">
      <body className="font-sans">
        <main className="mx-auto max-w-xl space-y-8 px-4 py-16">
          {(["ru", "en"] as const).map((locale) => (
            <section key={locale} lang={locale} aria-labelledby={`global-error-${locale}`}>
              {locale === "ru" ? (
                <h1 id="global-error-ru" className="font-serif text-3xl font-semibold">
                  {timeline.ru.error.title}
                </h1>
              ) : (
                <h2 id="global-error-en" className="font-serif text-2xl font-semibold">
                  {timeline.en.error.title}
                </h2>
              )}
              <p className="mt-3">{timeline[locale].error.text}</p>
            </section>
          ))}
          <button type="button" onClick={reset} className="rounded bg-stone-900 px-4 py-1.5 text-sm font-medium text-white dark:bg-stone-100 dark:text-stone-900">
            {timeline.ru.error.retry} / {timeline.en.error.retry}
          </button>
          {error.digest && <p className="text-xs text-stone-600 dark:text-stone-400">{timeline.en.error.code(error.digest)}</p>}
        </main>
      </body>
    </html>
  );
}
