import type { ArticleSelect } from "@/lib/generated/prisma/models";

/** Where an article came from: the site that published it and every page that carried it. */
export interface Provenance {
  /** `nameEn`: how it signs in English, where an editor or the archive's migration set it. */
  outlet: { name: string; nameEn: string | null; site: string | null } | null;
  /** The original page (canonical URL), when known. */
  originalUrl: string | null;
  /** When the archive fetched the original page itself (ISO), null when it was named, not fetched. */
  fetchedAt: string | null;
  /** Every page that carried the story, the original first, then further ones as they were added. */
  urls: string[];
  /** The further pages (reprints) with the outlet of each, as they were added. */
  further: { url: string; outlet: string | null; outletEn: string | null }[];
}

/** The select every read of an article adds to get its provenance (`provenanceOf`). */
export const provenanceSelect = {
  outlet: { select: { name: true, nameEn: true, site: true } },
  urls: { orderBy: [{ original: "desc" }, { id: "asc" }], select: { url: true, original: true, fetchedAt: true, outlet: { select: { name: true, nameEn: true } } } },
} satisfies ArticleSelect;

interface ProvenanceRow {
  outlet: { name: string; nameEn: string | null; site: string | null } | null;
  urls: { url: string; original: boolean; fetchedAt: Date | null; outlet: { name: string; nameEn: string | null } | null }[];
}

export function provenanceOf(row: ProvenanceRow): Provenance {
  const original = row.urls.find((u) => u.original) ?? null;
  return {
    outlet: row.outlet,
    originalUrl: original?.url ?? null,
    fetchedAt: original?.fetchedAt?.toISOString() ?? null,
    urls: row.urls.map((u) => u.url),
    further: row.urls.filter((u) => !u.original).map((u) => ({ url: u.url, outlet: u.outlet?.name ?? null, outletEn: u.outlet?.nameEn ?? null })),
  };
}
