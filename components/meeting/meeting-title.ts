import type { MeetingKind } from "@/lib/generated/prisma/enums";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { localName, personName } from "@/lib/i18n/display-name";

/**
 * A meeting named by who met: "Ермек Кошербаев — Кристофер Ландау"; with more people the first side
 * stays first ("A — B, C"); one participant alone gets the kind ("Ермек Кошербаев: конференция"). With
 * nobody named (a delegation the article does not name) the place says what it was about: "Казахстан:
 * визит", not a bare "Визит".
 */
export function meetingTitle(
  meeting: { kind: MeetingKind; participants: { nameRu: string; nameLatin: string | null }[]; place?: { ru: string; en: string | null } | null },
  locale: Locale,
  t: Messages,
): string {
  const names = meeting.participants.map((p) => personName(p, locale));
  const kind = t.kind[meeting.kind];
  if (names.length === 0 && meeting.place) return `${localName(meeting.place.ru, meeting.place.en, locale)}: ${kind}`;
  if (names.length === 0) return kind.charAt(0).toUpperCase() + kind.slice(1);
  if (names.length === 1) return `${names[0]}: ${kind}`;
  return `${names[0]} — ${names.slice(1).join(", ")}`;
}
