import type { FactKind, Prisma } from "@/lib/generated/prisma/client";
import type { Messages } from "@/lib/i18n/messages";
import { coarseDate, type meetingFactsSchema } from "@/lib/validation/meeting";
import type { z } from "zod";
import { ActionError } from "../errors";
import { ensureCountry, placeIdFor, positionIdFor } from "../lookups";

type Tx = Prisma.TransactionClient;
export type MeetingFacts = z.output<typeof meetingFactsSchema>;

/** The sentence an editor's correction is tied to, when it comes with an article (publishing). */
export interface CorrectionSource {
  articleId: number;
  sentence: string;
  paragraph: number;
  offset: number;
}

/**
 * Sets a meeting's facts as an editor decided them: kind, status, date, place, participants (with the
 * post each held then), topics. The meeting becomes the editor's (origin `editor`): the importer will
 * add sources and evidence to it but never change these facts again. Participants and topics the
 * editor added or changed are marked as theirs; with a `source`, each changed fact also gets evidence
 * recorded as the editor's. Unknown officials or topics refuse the whole change.
 */
export async function applyMeetingFacts(
  tx: Tx,
  meetingId: number,
  facts: MeetingFacts,
  { editorId, errors, source }: { editorId: number; errors: Messages["admin"]["errors"]; source?: CorrectionSource },
): Promise<void> {
  const current = await tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      kind: true, status: true, date: true, datePrecision: true, dateSource: true, placeId: true,
      participants: { select: { officialId: true, positionId: true, countryCode: true, title: true } },
      topics: { select: { topicId: true } },
    },
  });
  if (!current) throw new ActionError(errors.notFound);
  await checkReferences(tx, facts, errors);

  const dateText = coarseDate(facts.date, facts.datePrecision);
  const date = dateText ? new Date(`${dateText}T00:00:00Z`) : null;
  const precision = date ? (facts.datePrecision ?? "day") : null;
  const dateChanged = date?.getTime() !== current.date?.getTime() || precision !== current.datePrecision;
  const placeId = await placeIdFor(tx, facts.place);
  await tx.meeting.update({
    where: { id: meetingId },
    data: {
      kind: facts.kind,
      status: facts.status,
      date,
      datePrecision: precision,
      dateSource: date ? (dateChanged ? "editor" : current.dateSource) : null,
      placeId,
      origin: "editor",
    },
  });

  const wanted = new Set(facts.participants.map((p) => p.officialId));
  await tx.meetingParticipant.deleteMany({ where: { meetingId, officialId: { notIn: [...wanted] } } });
  const changedParticipants: number[] = [];
  for (const p of facts.participants) {
    await ensureCountry(tx, p.countryCode);
    const positionId = await positionIdFor(tx, p.officialId, p.position, p.countryCode, date);
    const before = current.participants.find((c) => c.officialId === p.officialId);
    if (before && before.positionId === positionId && before.countryCode === p.countryCode && before.title === p.position) continue;
    changedParticipants.push(p.officialId);
    // The title shown for them at this meeting is the editor's wording of the post.
    const row = { positionId, countryCode: p.countryCode, title: p.position, origin: "editor" as const };
    await tx.meetingParticipant.upsert({
      where: { meetingId_officialId: { meetingId, officialId: p.officialId } },
      create: { meetingId, officialId: p.officialId, ...row },
      update: row,
    });
  }

  const had = new Set(current.topics.map((t) => t.topicId));
  await tx.meetingTopic.deleteMany({ where: { meetingId, topicId: { notIn: facts.topicIds } } });
  const addedTopics = facts.topicIds.filter((id) => !had.has(id));
  if (addedTopics.length) await tx.meetingTopic.createMany({ data: addedTopics.map((topicId) => ({ meetingId, topicId, origin: "editor" })), skipDuplicates: true });

  if (!source) return;
  const facts_: { fact: FactKind; officialId?: number; topicId?: number }[] = [
    ...(facts.kind !== current.kind ? [{ fact: "kind" as const }] : []),
    ...(facts.status !== current.status ? [{ fact: "status" as const }] : []),
    ...(dateChanged ? [{ fact: "date" as const }] : []),
    ...(placeId !== current.placeId ? [{ fact: "place" as const }] : []),
    ...changedParticipants.map((officialId) => ({ fact: "participant" as const, officialId })),
    ...addedTopics.map((topicId) => ({ fact: "topic" as const, topicId })),
  ];
  if (facts_.length) {
    await tx.evidence.createMany({
      data: facts_.map((f) => ({ ...f, ...source, meetingId, origin: "editor" as const, editorId })),
    });
  }
}

async function checkReferences(tx: Tx, facts: MeetingFacts, errors: Messages["admin"]["errors"]): Promise<void> {
  const officialIds = facts.participants.map((p) => p.officialId);
  const known = new Set((await tx.official.findMany({ where: { id: { in: officialIds } }, select: { id: true } })).map((o) => o.id));
  const fieldErrors: Record<string, string> = {};
  facts.participants.forEach((p, i) => {
    if (!known.has(p.officialId)) fieldErrors[`participants.${i}.officialId`] = errors.unknownOfficial;
  });
  const topics = await tx.topic.count({ where: { id: { in: facts.topicIds } } });
  if (topics !== facts.topicIds.length) fieldErrors.topicIds = errors.invalid;
  if (Object.keys(fieldErrors).length) throw new ActionError(errors.fixFields, fieldErrors);
}
