"use client";

import { localePath } from "@/lib/i18n/locale-path";
import { timeline } from "@/lib/i18n/messages/timeline";
import { PageState } from "./page-state";
import { usePageLocale } from "./use-page-locale";

/**
 * What a reader sees when a page fails: a plain apology, a retry and a way home. Never the error's
 * message or stack (those go to the server log); only the digest, which lets an editor find the log line.
 */
export function ErrorState({ digest, retry }: { digest?: string; retry: () => void }) {
  const locale = usePageLocale();
  const t = timeline[locale];
  return (
    <div role="alert">
      <PageState
        title={t.error.title}
        text={t.error.text}
        home={{ href: localePath(locale, "/"), label: t.notFound.home }}
        action={
          <button
            type="button"
            onClick={retry}
            className="rounded bg-stone-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
          >
            {t.error.retry}
          </button>
        }
      />
      {digest && <p className="mx-auto max-w-xl text-xs text-stone-600 dark:text-stone-400">{t.error.code(digest)}</p>}
    </div>
  );
}
