import type { EvidenceRef, MeetingFull, OfficialFull } from "../../types";
import { buildDrafts } from "./build-drafts";
import type { Draft } from "./draft";
import type { MeetingsInput } from "./input";
import { meetingDate } from "./meeting-date";
import { fallbackPlace, placesIn, type PlaceFound } from "./meeting-place";
import { participantsOf } from "./participants";
import { TOPICS } from "../../topics/taxonomy";

export type { GrammaticalCase, MeetingsInput, MentionIn } from "./input";

function ownPlace(d: Draft, input: MeetingsInput): PlaceFound | null {
  if (d.destination) return { place: d.destination, sentence: d.triggerSentences[0] ?? null };
  for (const i of [...d.triggerSentences].sort((a, b) => a - b)) {
    const found = placesIn(input.sentences[i]?.text ?? "");
    const best = found.find((p) => p.destination) ?? found[0];
    if (best) return { place: best.place, sentence: i };
  }
  return null;
}

function summaryOf(d: Draft, input: MeetingsInput): string | null {
  const triggers = [...d.triggerSentences].sort((a, b) => a - b);
  const body = triggers.find((i) => input.sentences[i]?.part === "body") ?? triggers[0];
  return body === undefined ? null : (input.sentences[body]?.text ?? null);
}

/** Meetings reported by one article, each with the sentences that support every fact. */
export function extractMeetings(input: MeetingsInput): MeetingFull[] {
  const officials = new Map<string, OfficialFull>(input.officials.map((o) => [o.name, o]));
  const tripPlace = fallbackPlace(input.sentences, input.datelinePlace);
  return buildDrafts(input)
    .filter((d) => d.participants.size > 0 || d.kind === "visit")
    .sort((a, b) => Math.min(...a.triggerSentences) - Math.min(...b.triggerSentences))
    .map((d): MeetingFull => {
      const date = meetingDate(d, input.sentences, input.publishedOn, input.publishedOnSource);
      const place = ownPlace(d, input) ?? (d.status === "held" ? tripPlace : null);
      const sentences = [...d.sentences].sort((a, b) => a - b);
      const topics = new Map<string, number[]>();
      for (const i of sentences) for (const slug of input.topics[i] ?? []) topics.set(slug, [...(topics.get(slug) ?? []), i]);
      const evidence: EvidenceRef[] = [
        { fact: "kind", sentence: d.kindSentence },
        { fact: "status", sentence: d.statusSentence },
        ...[...d.participants].map(([official, p]): EvidenceRef => ({ fact: "participant", sentence: p.sentence, official })),
        ...(date.sentence !== null ? [{ fact: "date" as const, sentence: date.sentence }] : []),
        ...(place?.sentence != null ? [{ fact: "place" as const, sentence: place.sentence }] : []),
        ...[...topics].flatMap(([topic, at]) => at.map((sentence): EvidenceRef => ({ fact: "topic", sentence, topic }))),
      ];
      return {
        kind: d.kind,
        status: d.status,
        date: date.date,
        datePrecision: date.precision,
        dateSource: date.source,
        place: place?.place ?? null,
        participants: participantsOf(d, officials),
        topics: TOPICS.filter((t) => topics.has(t.slug)).map((t) => t.slug),
        summary: summaryOf(d, input),
        evidence,
      };
    });
}
