import type { MeetingSummary } from "@/lib/api/schemas/meeting";
import type { Columns } from "./formats";

/**
 * The CSV export's columns: one meeting a row, lists joined with "; " so a spreadsheet keeps one
 * meeting on one line. Russian names and labels first (the archive's language), Latin/English beside.
 */
const LIST = "; ";

export const meetingColumns: Columns<MeetingSummary> = [
  { header: "id", value: (m) => m.id },
  { header: "url", value: (m) => m.url },
  { header: "date", value: (m) => m.date ?? null },
  { header: "date_precision", value: (m) => m.datePrecision ?? null },
  { header: "kind", value: (m) => m.kind },
  { header: "status", value: (m) => m.status },
  { header: "place", value: (m) => m.place?.nameRu ?? null },
  { header: "place_en", value: (m) => m.place?.nameEn ?? null },
  {
    header: "participants",
    value: (m) =>
      m.participants.map((p) => `${p.nameRu}${p.position || p.country ? ` (${[p.position, p.country].filter(Boolean).join(", ")})` : ""}`).join(LIST),
  },
  { header: "participants_latin", value: (m) => m.participants.map((p) => p.nameLatin ?? p.nameRu).join(LIST) },
  { header: "official_slugs", value: (m) => m.participants.map((p) => p.slug).join(LIST) },
  { header: "countries", value: (m) => [...new Set(m.participants.map((p) => p.country).filter(Boolean))].join(LIST) },
  { header: "topics", value: (m) => m.topics.map((t) => t.labelRu).join(LIST) },
  { header: "topics_en", value: (m) => m.topics.map((t) => t.labelEn).join(LIST) },
  { header: "topic_slugs", value: (m) => m.topics.map((t) => t.slug).join(LIST) },
  { header: "source_count", value: (m) => m.sourceCount },
  { header: "source_urls", value: (m) => m.sourceUrls.join(LIST) },
  { header: "unconfirmed", value: (m) => String(m.unconfirmed) },
  { header: "held_as", value: (m) => m.heldAs?.id ?? null },
  { header: "announced_as", value: (m) => m.announcedAs.map((a) => a.id).join(LIST) },
];
