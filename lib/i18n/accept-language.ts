import { locales, type Locale } from "./messages";

/**
 * The edition a browser asks for first in its Accept-Language (`en-GB,en;q=0.9,ru;q=0.8` → en), by each
 * tag's primary language and weight; null when it names neither. Ties go to the order the browser wrote.
 */
export function preferredLocale(header: string | null): Locale | null {
  if (!header) return null;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const language = tag.trim().toLowerCase().split("-")[0] ?? "";
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(locales as string[]).includes(language) || !(q > 0)) continue;
    if (!best || q > best.q) best = { locale: language as Locale, q };
  }
  return best?.locale ?? null;
}
