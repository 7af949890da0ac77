import "server-only";
import { getDb } from "@/lib/db";
import type { DatePrecision, MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";

export interface TimelineEntry {
  id: number;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null; // YYYY-MM-DD
  datePrecision: DatePrecision | null;
  place: { ru: string; en: string | null } | null;
  participants: { slug: string; nameRu: string; nameLatin: string | null; position: string | null; country: string | null }[];
  topics: { slug: string; labelRu: string; labelEn: string }[];
  sourceCount: number;
}

/** Meetings, newest first (undated ones last), with what a timeline row shows. One query with joins. */
export async function listTimeline({ limit = 100 }: { limit?: number } = {}): Promise<TimelineEntry[]> {
  const rows = await getDb().meeting.findMany({
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      kind: true,
      status: true,
      date: true,
      datePrecision: true,
      place: { select: { nameRu: true, nameEn: true } },
      participants: {
        orderBy: { officialId: "asc" },
        select: {
          countryCode: true,
          position: { select: { title: true } },
          official: { select: { slug: true, nameRu: true, nameLatin: true } },
        },
      },
      topics: { select: { topic: { select: { slug: true, labelRu: true, labelEn: true } } } },
      _count: { select: { sources: true } },
    },
  });
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    status: m.status,
    date: m.date ? m.date.toISOString().slice(0, 10) : null,
    datePrecision: m.datePrecision,
    place: m.place ? { ru: m.place.nameRu, en: m.place.nameEn } : null,
    participants: m.participants.map((p) => ({
      slug: p.official.slug,
      nameRu: p.official.nameRu,
      nameLatin: p.official.nameLatin,
      position: p.position?.title ?? null,
      country: p.countryCode,
    })),
    topics: m.topics.map((t) => t.topic),
    sourceCount: m._count.sources,
  }));
}
