"use client";

import Link from "next/link";
import { localePath } from "@/lib/i18n/locale-path";
import type { Locale } from "@/lib/i18n/messages";
import { usePageLocale } from "./use-page-locale";

/** The words an area's messages provide for its error page (see officials.ts, topics.ts). */
export interface RouteErrorText {
  errorTitle: string;
  errorText: string;
  retry: string;
  errorCode: string;
  backToIndex: string;
}

/**
 * What a reader sees when a page fails: a plain explanation, a retry and a way back. Never the error's
 * message or stack (in production Next replaces them anyway); only the digest, to quote when reporting.
 */
export function RouteError({
  error,
  retry,
  text,
  backHref,
}: {
  error: unknown;
  retry: () => void;
  text: Record<Locale, RouteErrorText>;
  backHref: string;
}) {
  const locale = usePageLocale();
  const t = text[locale];
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <section role="alert" aria-labelledby="route-error-title" className="max-w-prose">
      <h1 id="route-error-title" className="font-serif text-3xl font-semibold">
        {t.errorTitle}
      </h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">{t.errorText}</p>
      {digest && (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          {t.errorCode}: <code>{digest}</code>
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          {t.retry}
        </button>
        <Link href={localePath(locale, backHref)} className="px-3 py-1.5 underline underline-offset-2">
          {t.backToIndex}
        </Link>
      </div>
    </section>
  );
}
