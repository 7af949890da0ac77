import { pressName } from "@/lib/i18n/press-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/messages";

/** What a citation of an article needs. `archiveUrl` stands in for the original when it is unknown. */
export interface CiteSource {
  slug: string;
  title: string;
  outlet: string | null;
  /** The outlet's English name, where the archive has it (Outlet.nameEn). */
  outletEn: string | null;
  publishedOn: string | null;
  originalUrl: string | null;
  archiveUrl: string;
  /** When the archive fetched the page (ISO): CSL's "accessed". A page's render time is not used: pages are cached. */
  accessedOn: string | null;
}

/** The name a reader sees for the publisher: the outlet, else the original page's host. */
export function outletLabel(outlet: string | null, url: string | null): string | null {
  if (outlet) return outlet;
  return url ? new URL(url).hostname.replace(/^www\./, "") : null;
}

/**
 * One line in the style newsrooms cite a wire story: title in the language's quotes, outlet, date, link.
 * «Заголовок», Казинформ, 5 февраля 2026 г., https://… / “Title”, Kazinform, 5 February 2026, https://…
 * The title stays Russian: it is the published one.
 */
export function citationText(c: CiteSource, locale: Locale): string {
  const title = locale === "ru" ? `«${c.title}»` : `“${c.title}”`;
  const outlet = outletLabel(c.outlet, c.originalUrl);
  const parts = [title, outlet && pressName(outlet, c.outletEn, locale), c.publishedOn ? formatDate(c.publishedOn, "day", locale) : null, c.originalUrl ?? c.archiveUrl];
  return parts.filter((p): p is string => !!p).join(", ");
}

const dateParts = (iso: string) => [iso.slice(0, 10).split("-").map(Number)];

/** CSL-JSON (the format Zotero, Mendeley and pandoc read): one newspaper-article item. */
export function citationCsl(c: CiteSource): Record<string, unknown>[] {
  return [
    {
      id: c.slug,
      type: "article-newspaper",
      title: c.title,
      language: "ru",
      ...(outletLabel(c.outlet, c.originalUrl) ? { "container-title": outletLabel(c.outlet, c.originalUrl) } : {}),
      ...(c.publishedOn ? { issued: { "date-parts": dateParts(c.publishedOn) } } : {}),
      URL: c.originalUrl ?? c.archiveUrl,
      ...(c.accessedOn ? { accessed: { "date-parts": dateParts(c.accessedOn) } } : {}),
    },
  ];
}
