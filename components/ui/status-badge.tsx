import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";

export function StatusBadge({ status, t }: { status: MeetingStatus; t: Messages }) {
  return (
    <span className={`badge ${status === "planned" ? "badge-planned" : "badge-held"}`}>{t.status[status]}</span>
  );
}
