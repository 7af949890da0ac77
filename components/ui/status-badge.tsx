import type { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";

/**
 * The meeting's kind and status in one agreeing phrase («визит запланирован», «переговоры состоялись»);
 * a planned meeting whose date passed with no report of it gets a second badge saying so («не подтверждён»).
 */
export function StatusBadge({ kind, status, unconfirmed = false, t }: { kind: MeetingKind; status: MeetingStatus; unconfirmed?: boolean; t: Messages }) {
  const state = <span className={`badge ${status === "planned" ? "badge-planned" : "badge-held"}`}>{t.meetingState(kind, status)}</span>;
  if (!unconfirmed) return state;
  return (
    <>
      {state} <span className="badge badge-unconfirmed">{t.meetingUnconfirmed(kind)}</span>
    </>
  );
}
