import { countryName } from "@/lib/i18n/country-name";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { countryClass } from "./country-colour";

/** What the circles' colours mean. */
export function NetworkLegend({ locale, t }: { locale: Locale; t: Messages }) {
  const items = [
    ["KZ", countryName("KZ", locale)],
    ["US", countryName("US", locale)],
    ["XX", t.network.otherCountries],
    [null, t.network.noCountry],
  ] as const;
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
      <span className="font-semibold">{t.network.legend}:</span>
      {items.map(([code, label]) => (
        <span key={label} className="inline-flex items-center gap-1.5">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" className={countryClass(code)} />
          </svg>
          {label}
        </span>
      ))}
    </p>
  );
}
