import "server-only";
import { localName, personName } from "@/lib/i18n/display-name";
import type { Locale } from "@/lib/i18n/messages";
import { findOfficialRef, findTopicRef } from "@/lib/queries/feed-subjects";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";

export type SubjectKind = "official" | "topic";

export interface Subject {
  kind: SubjectKind;
  slug: string;
  /** Name or label in the feed's language. */
  label: string;
  filters: MeetingFilters & { official?: string[]; topic?: string[] };
}

/** What /officials/[slug]/… and /topics/[slug]/… feeds and calendars are about; null when unknown. */
export async function findSubject(kind: SubjectKind, slug: string, locale: Locale): Promise<Subject | null> {
  if (kind === "official") {
    const o = await findOfficialRef(slug);
    return o && { kind, slug, label: personName(o, locale), filters: { official: [slug] } };
  }
  const topic = await findTopicRef(slug);
  return topic && { kind, slug, label: localName(topic.labelRu, topic.labelEn, locale), filters: { topic: [slug] } };
}
