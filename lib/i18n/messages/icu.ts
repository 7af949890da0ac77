import { IntlMessageFormat } from "intl-messageformat";

/**
 * Interface text that varies with a number or a word — plurals («1 встреча», «2 встречи», «5 встреч»)
 * and agreement («визит запланирован», «переговоры состоялись») — is written as an ICU message and
 * formatted by intl-messageformat (FormatJS) with the language's CLDR plural rules. Each message is
 * parsed once, when its messages file loads. Chosen over next-intl, which would replace our typed
 * message modules and the per-request locale with its own provider and JSON catalogues.
 */
export function icu<V extends Record<string, string | number>>(locale: "ru" | "en", pattern: string): (values: V) => string {
  const message = new IntlMessageFormat(pattern, locale);
  return (values) => String(message.format(values));
}

/** A count with its noun: `count("ru", "{n, plural, one {# встреча} few {# встречи} many {# встреч} other {# встречи}}")(5)`
 *  → «5 встреч». `#` is the number in the language's digits grouping (1 000 / 1,000). */
export function count(locale: "ru" | "en", pattern: string): (n: number) => string {
  const format = icu<{ n: number }>(locale, pattern);
  return (n) => format({ n });
}
