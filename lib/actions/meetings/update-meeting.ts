import type { Db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import type { UpdateMeetingInput } from "@/lib/validation/meeting";
import { recordAudit } from "../audit";
import { meetingSnapshot } from "../snapshots";
import { claimVersion } from "../versions";
import { applyMeetingFacts } from "./apply-meeting-facts";

/** An editor's save of the meeting form: the version they saw, or refused; audited with before/after. */
export async function updateMeeting(db: Db, input: UpdateMeetingInput, editorId: number, errors: Messages["admin"]["errors"]): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await meetingSnapshot(tx, input.id);
    await claimVersion(tx, "meeting", input.id, input.version, errors.notFound);
    await applyMeetingFacts(tx, input.id, input, { editorId, errors });
    await tx.meeting.update({ where: { id: input.id }, data: { summary: input.summary, outcomes: input.outcomes, needsReview: input.needsReview } });
    await recordAudit(tx, { editorId, action: "update", entity: "meeting", entityId: input.id, before, after: await meetingSnapshot(tx, input.id) });
  });
}
