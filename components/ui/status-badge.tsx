import type { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";

/** The meeting's kind and status in one agreeing phrase («визит запланирован», «переговоры состоялись»). */
export function StatusBadge({ kind, status, t }: { kind: MeetingKind; status: MeetingStatus; t: Messages }) {
  return <span className={`badge ${status === "planned" ? "badge-planned" : "badge-held"}`}>{t.meetingState(kind, status)}</span>;
}
