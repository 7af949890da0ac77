import { localePath } from "@/lib/i18n/locale-path";
import type { Locale, Messages } from "@/lib/i18n/messages";

/** A plain GET form: works without JavaScript and leaves the query in the URL. */
export function HeaderSearch({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <form role="search" action={localePath(locale, "/search")} method="get" className="flex w-full gap-1 max-sm:order-3 sm:w-auto">
      <label htmlFor="header-search" className="sr-only">
        {t.searchLabel}
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        maxLength={200}
        placeholder={t.searchPlaceholder}
        className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-950 sm:w-56"
      />
      <button type="submit" className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
        {t.searchSubmit}
      </button>
    </form>
  );
}
