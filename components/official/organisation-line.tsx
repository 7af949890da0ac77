import { localName } from "@/lib/i18n/display-name";
import type { Locale } from "@/lib/i18n/messages";

/**
 * The organisation a post belongs to, in the reader's language (Russian, marked so, where no English
 * name is stored), after its label; `quiet` leaves the label to screen readers where the line's place
 * already says what it is.
 */
export function OrganisationLine({ organisation, label, locale, quiet = false }: { organisation: { nameRu: string; nameEn: string | null }; label: string; locale: Locale; quiet?: boolean }) {
  const name = localName(organisation.nameRu, organisation.nameEn, locale);
  return (
    <span className="block text-sm text-stone-600 dark:text-stone-400" data-testid="organisation">
      <span className={quiet ? "sr-only" : undefined}>{label}: </span>
      <span lang={name === organisation.nameRu ? "ru" : "en"}>{name}</span>
    </span>
  );
}
