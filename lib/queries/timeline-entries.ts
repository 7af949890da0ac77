import "server-only";
import { getDb } from "@/lib/db";
import type { TimelineEntry } from "./list-timeline";

/**
 * The timeline rows (as MeetingRow shows them) of the given meetings, in the order given. The official
 * and topic pages pick and page their meetings in SQL, then load just those rows here: one findMany
 * whatever the page size.
 */
export async function listTimelineEntries(ids: number[]): Promise<TimelineEntry[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().meeting.findMany({
    where: { id: { in: ids } },
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
  const byId = new Map(
    rows.map((m) => [
      m.id,
      {
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
      } satisfies TimelineEntry,
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
