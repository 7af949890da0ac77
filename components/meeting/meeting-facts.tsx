import { Link } from "@/components/ui/link";
import { PostTitle } from "@/components/ui/post-title";
import { OrganisationLine } from "@/components/official/organisation-line";
import { CountryCode } from "@/components/ui/country-code";
import { localName, personName } from "@/lib/i18n/display-name";
import { StatusBadge } from "@/components/ui/status-badge";
import { TopicLinks } from "@/components/ui/topic-links";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { MeetingDetail } from "@/lib/queries/meetings/get-meeting";

const term = "text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";

/** When, where, what kind, held or planned; who took part in which post, of which organisation; what about. */
export function MeetingFacts({ meeting, locale, t }: { meeting: MeetingDetail; locale: Locale; t: Messages }) {
  const m = t.meeting;
  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 self-start text-sm">
        <dt className={term}>{m.date}</dt>
        <dd>
          {meeting.date ? (
            <time dateTime={meeting.date}>{formatDate(meeting.date, meeting.datePrecision, locale)}</time>
          ) : (
            t.dateUnknown
          )}
          {meeting.dateSource && (
            <span className="block text-xs text-stone-600 dark:text-stone-400">{m.dateFrom(t.article.dateSource[meeting.dateSource])}</span>
          )}
        </dd>
        <dt className={term}>{m.place}</dt>
        <dd>{meeting.place ? localName(meeting.place.ru, meeting.place.en, locale) : "—"}</dd>
        <dt className={term}>{m.kind}</dt>
        <dd>{t.kind[meeting.kind]}</dd>
        <dt className={term}>{m.status}</dt>
        <dd>
          <StatusBadge kind={meeting.kind} status={meeting.status} unconfirmed={meeting.unconfirmed} t={t} />
          {meeting.unconfirmed && <span className="mt-1 block text-xs text-stone-600 dark:text-stone-400">{m.unconfirmed}</span>}
        </dd>
        {meeting.heldAs && (
          <>
            <dt className={term}>{m.heldAs}</dt>
            <dd>
              <Link href={`/meetings/${meeting.heldAs.id}`} className="underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600" data-testid="held-as">
                {m.heldAsLink(formatDate(meeting.heldAs.date, meeting.heldAs.datePrecision, locale))}
              </Link>
            </dd>
          </>
        )}
        {meeting.announcements.length > 0 && (
          <>
            <dt className={term}>{m.announced}</dt>
            <dd>
              <ul className="space-y-1" data-testid="announced-in">
                {meeting.announcements.map((a) => (
                  <li key={a.id}>
                    {a.articles.map((article) => (
                      <Link key={article.slug} href={`/articles/${article.slug}`} className="block underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600">
                        «{article.title}»{article.publishedOn && `, ${formatDate(article.publishedOn, "day", locale)}`}
                      </Link>
                    ))}
                    <Link href={`/meetings/${a.id}`} className="text-xs text-stone-600 hover:underline dark:text-stone-400">
                      {m.announcedMeeting(formatDate(a.date, a.datePrecision, locale))}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <div className="space-y-5">
        <section aria-labelledby="participants-title">
          <h2 id="participants-title" className={term}>
            {m.participants}
          </h2>
          <ul className="mt-2 space-y-2">
            {meeting.participants.map((p) => (
              <li key={p.slug}>
                <Link href={`/officials/${p.slug}`} className="font-serif text-lg text-stone-950 underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:text-stone-50 dark:decoration-stone-600">
                  {personName(p, locale)}
                </Link>
                {p.country && (
                  <span className="ml-2 align-[0.15em]">
                    <CountryCode code={p.country.code} name={m.country(localName(p.country.nameRu, p.country.nameEn, locale))} />
                  </span>
                )}
                <span className="block text-sm text-stone-700 dark:text-stone-300">{p.position ? <PostTitle post={p.position} locale={locale} /> : m.positionUnknown}</span>
                {p.organisation && <OrganisationLine organisation={p.organisation} label={m.organisation} locale={locale} quiet />}
              </li>
            ))}
          </ul>
        </section>
        {meeting.topics.length > 0 && (
          <section aria-labelledby="topics-title">
            <h2 id="topics-title" className={term}>
              {m.topics}
            </h2>
            <div className="mt-2">
              <TopicLinks topics={meeting.topics} locale={locale} />
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
