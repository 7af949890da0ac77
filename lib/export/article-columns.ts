import type { ArticleSummary } from "@/lib/api/schemas/article";
import type { Columns } from "./formats";

/**
 * The search export's columns: one article a row in the search's order, lists joined with "; " as in the
 * timeline export. Russian names and labels first (the archive's language), Latin/English beside.
 */
const LIST = "; ";

export const articleColumns: Columns<ArticleSummary> = [
  { header: "slug", value: (a) => a.slug },
  { header: "url", value: (a) => a.url },
  { header: "published_on", value: (a) => a.publishedOn ?? null },
  { header: "title", value: (a) => a.title },
  { header: "title_derived", value: (a) => (a.titleDerived ? "yes" : "no") },
  { header: "source", value: (a) => a.source?.name ?? null },
  { header: "source_en", value: (a) => a.source?.nameEn ?? null },
  { header: "outlet", value: (a) => a.provenance.outlet?.name ?? null },
  { header: "original_url", value: (a) => a.provenance.originalUrl ?? null },
  { header: "urls", value: (a) => a.provenance.urls.join(LIST) },
  { header: "dateline", value: (a) => a.dateline?.nameRu ?? null },
  { header: "officials", value: (a) => a.officials.map((o) => o.nameRu).join(LIST) },
  { header: "officials_latin", value: (a) => a.officials.map((o) => o.nameLatin ?? o.nameRu).join(LIST) },
  { header: "official_slugs", value: (a) => a.officials.map((o) => o.slug).join(LIST) },
  { header: "topics", value: (a) => a.topics.map((t) => t.labelRu).join(LIST) },
  { header: "topics_en", value: (a) => a.topics.map((t) => t.labelEn).join(LIST) },
  { header: "topic_slugs", value: (a) => a.topics.map((t) => t.slug).join(LIST) },
  { header: "meeting_ids", value: (a) => a.meetingIds.join(LIST) },
  { header: "lead", value: (a) => a.lead ?? null },
];
