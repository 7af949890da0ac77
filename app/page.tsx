import { MeetingRow } from "@/components/timeline/meeting-row";
import { getMessages } from "@/lib/i18n/locale";
import { listTimeline } from "@/lib/queries/list-timeline";

// The archive changes with every import: render per request.
export const dynamic = "force-dynamic";

export default async function TimelinePage() {
  const [{ locale, t }, meetings] = await Promise.all([getMessages(), listTimeline()]);
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title" className="font-serif text-3xl font-semibold">
        {t.timeline.title}
      </h1>
      {meetings.length === 0 ? (
        <p className="mt-6 text-stone-600 dark:text-stone-400">{t.timeline.empty}</p>
      ) : (
        <ol className="mt-4">
          {meetings.map((m) => (
            <MeetingRow key={m.id} meeting={m} locale={locale} t={t} />
          ))}
        </ol>
      )}
    </section>
  );
}
