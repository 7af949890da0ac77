import { WIKIPEDIA, translate } from "iuliia";

/** Latin text in press transliteration (Wikipedia scheme): "Ермек Кошербаев" → "Yermek Kosherbayev". */
export function latinSlugText(text: string, { keepCase = false } = {}): string {
  const latin = translate(text, WIKIPEDIA);
  return keepCase ? latin : latin.toLowerCase();
}

/** A URL slug: Latin, lowercase, hyphens, at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 80): string {
  const slug = latinSlugText(text)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug || "untitled";
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : max).replace(/-+$/, "");
}
