/**
 * Comparison keys. Only case, whitespace and ё/е are forgiven: the eval measures whether the extractor
 * produced the canonical form, so inflection or spelling differences must stay visible as errors.
 */
export function textKey(value: string): string {
  return value.normalize("NFC").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

export function nullableKey(value: string | null): string | null {
  return value === null ? null : textKey(value);
}
