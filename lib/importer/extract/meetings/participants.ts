import type { OfficialFull, ParticipantOut } from "../../types";
import type { Draft } from "./draft";

const KIND_ORDER = { subject: 0, counterpart: 1, attendee: 2 } as const;

/** Participants in the order the story introduces them (the subject before the counterpart within a
 *  sentence), with the title the article gives them around this meeting: the position seen in the
 *  meeting's own sentences first, else the person's first position in the article. */
export function participantsOf(d: Draft, officials: ReadonlyMap<string, OfficialFull>): ParticipantOut[] {
  return [...d.participants]
    .sort((a, b) => a[1].sentence - b[1].sentence || KIND_ORDER[a[1].role] - KIND_ORDER[b[1].role])
    .map(([name]) => {
      const official = officials.get(name);
      const positions = official?.positions ?? [];
      const here = positions.find((p) => p.sentences.some((s) => d.sentences.has(s))) ?? positions[0];
      return { name, position: here?.title ?? null, country: here?.country ?? official?.country ?? null };
    });
}
