import { Link } from "@/components/ui/link";
import { PostTitle } from "@/components/ui/post-title";
import { meetingTitle } from "@/components/meeting/meeting-title";
import { CountryCode } from "@/components/ui/country-code";
import { localName, personName } from "@/lib/i18n/display-name";
import { StatusBadge } from "@/components/ui/status-badge";
import { TopicLinks } from "@/components/ui/topic-links";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TimelineEntry } from "@/lib/queries/meetings/timeline-entries";

/** One meeting in a list: when, what, who (in the post held then), where, about what, how many sources. */
export function MeetingRow({ meeting, locale, t }: { meeting: TimelineEntry; locale: Locale; t: Messages }) {
  const place = meeting.place && localName(meeting.place.ru, meeting.place.en, locale);
  const title = meetingTitle(meeting, locale, t);
  const href = `/meetings/${meeting.id}`;
  return (
    <li className="meeting-row" data-testid="timeline-meeting">
      <div className="meeting-row-meta">
        <Link href={href} locale={locale} className="meeting-row-date">
          <time dateTime={meeting.date ?? undefined}>{meeting.date ? formatDate(meeting.date, meeting.datePrecision, locale) : t.dateUnknown}</time>
        </Link>
        <StatusBadge kind={meeting.kind} status={meeting.status} unconfirmed={meeting.unconfirmed} t={t} />
        {meeting.heldAs && (
          <Link href={`/meetings/${meeting.heldAs.id}`} locale={locale} className="meeting-row-action" data-testid="held-as">
            {t.meeting.heldAs}: {formatDate(meeting.heldAs.date, meeting.heldAs.datePrecision, locale)}
          </Link>
        )}
        {place && <span>{place}</span>}
        <Link href={`${href}#sources`} locale={locale} className="meeting-row-sources">
          {t.sources(meeting.sourceCount)}
        </Link>
      </div>
      <ul className="meeting-row-people">
        {meeting.participants.map((p) => (
          <li key={p.slug}>
            <Link href={`/officials/${p.slug}`} locale={locale} className="meeting-row-person">
              {personName(p, locale)}
            </Link>
            {p.position && (
              <span className="muted">
                , <PostTitle post={p.position} locale={locale} />
              </span>
            )}
            {p.country && <CountryCode code={p.country} />}
          </li>
        ))}
      </ul>
      <div className="meeting-row-foot">
        <TopicLinks topics={meeting.topics} locale={locale} size="xs" />
        <Link href={href} locale={locale} aria-label={t.timeline.openLabel(title)} className="meeting-row-action meeting-row-open">
          {t.timeline.open} →
        </Link>
      </div>
    </li>
  );
}
