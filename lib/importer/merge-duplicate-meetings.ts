import type { EvidenceRef, MeetingFull } from "./types";

/**
 * One meeting per set of identical ones found in one article: the same kind, status, date, place and
 * participants are one real-world meeting however often the text repeats it (a sentence pasted 1,000
 * times gave 1,001 meetings). The first keeps its place in the list and gains the others' topics and
 * evidence. Linear in the number of meetings and evidence references.
 */
export function mergeDuplicateMeetings(meetings: MeetingFull[]): MeetingFull[] {
  const kept = new Map<string, { meeting: MeetingFull; evidence: Set<string> }>();
  for (const meeting of meetings) {
    const key = identityOf(meeting);
    const first = kept.get(key);
    if (!first) {
      kept.set(key, { meeting: { ...meeting, topics: [...meeting.topics], evidence: [...meeting.evidence] }, evidence: new Set(meeting.evidence.map(evidenceKey)) });
      continue;
    }
    for (const topic of meeting.topics) if (!first.meeting.topics.includes(topic)) first.meeting.topics.push(topic);
    for (const ref of meeting.evidence) {
      const refKey = evidenceKey(ref);
      if (first.evidence.has(refKey)) continue;
      first.evidence.add(refKey);
      first.meeting.evidence.push(ref);
    }
    first.meeting.summary ??= meeting.summary;
  }
  return [...kept.values()].map((k) => k.meeting);
}

function identityOf(m: MeetingFull): string {
  const participants = m.participants.map((p) => [p.name, p.position, p.country]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return JSON.stringify([m.kind, m.status, m.date, m.datePrecision, m.place, participants]);
}

function evidenceKey(e: EvidenceRef): string {
  return `${e.fact}\u0000${e.sentence}\u0000${e.official ?? ""}\u0000${e.topic ?? ""}`;
}
