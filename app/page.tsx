import { MeetingRow } from "@/components/timeline/meeting-row";
import { getMessages } from "@/lib/i18n/locale";
import { listMeetings } from "@/lib/queries/list-meetings";
import { meetingFiltersSchema, meetingOrderSchema, pageSchema } from "@/lib/validation/meeting-filters";
import type { QueryRecord } from "@/lib/validation/url-params";

// The archive changes with every import: render per request.
export const dynamic = "force-dynamic";

export default async function TimelinePage({ searchParams }: { searchParams: Promise<QueryRecord> }) {
  const query = await searchParams;
  const filters = meetingFiltersSchema.safeParse(query);
  const order = meetingOrderSchema.safeParse(query.order);
  const page = pageSchema.safeParse(query.page);
  const [{ locale, t }, { entries }] = await Promise.all([
    getMessages(),
    listMeetings(filters.success ? filters.data : {}, { order: order.data ?? "desc", page: page.data ?? 1 }),
  ]);
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title" className="font-serif text-3xl font-semibold">
        {t.timeline.title}
      </h1>
      {entries.length === 0 ? (
        <p className="mt-6 text-stone-600 dark:text-stone-400">{t.timeline.empty}</p>
      ) : (
        <ol className="mt-4">
          {entries.map((m) => (
            <MeetingRow key={m.id} meeting={m} locale={locale} t={t} />
          ))}
        </ol>
      )}
    </section>
  );
}
