import { setLocale } from "@/lib/actions/set-locale";
import type { Locale, Messages } from "@/lib/i18n/messages";

export function LanguageSwitch({ locale, t }: { locale: Locale; t: Messages }) {
  const other: Locale = locale === "ru" ? "en" : "ru";
  return (
    <form action={setLocale}>
      <input type="hidden" name="to" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={t.switchLanguageLabel}
        className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        {t.switchLanguage}
      </button>
    </form>
  );
}
