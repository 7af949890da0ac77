import { Link } from "@/components/ui/link";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { HeaderSearch } from "./header-search";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <header className="border-b border-stone-300 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto">
          <span className="font-serif text-xl font-semibold tracking-tight">{t.siteName}</span>
          <span className="ml-3 hidden text-sm text-stone-600 sm:inline dark:text-stone-400">{t.tagline}</span>
        </Link>
        {/* On a phone the language switch shares the first line with the name: the header takes two lines, not three. */}
        <nav aria-label={t.navLabel} className="flex flex-wrap gap-x-4 gap-y-1 text-sm max-sm:order-2">
          <Link href="/" className="hover:underline">
            {t.navTimeline}
          </Link>
          <Link href="/officials" className="hover:underline">
            {t.navOfficials}
          </Link>
          <Link href="/topics" className="hover:underline">
            {t.navTopics}
          </Link>
          <Link href="/network" className="hover:underline">
            {t.navNetwork}
          </Link>
          <Link href="/map" className="hover:underline">
            {t.navMap}
          </Link>
          <Link href="/numbers" className="hover:underline">
            {t.navNumbers}
          </Link>
        </nav>
        <HeaderSearch locale={locale} t={t} />
        <div className="max-sm:order-1">
          <LanguageSwitch locale={locale} t={t} />
        </div>
      </div>
    </header>
  );
}
