import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";

export function StatusBadge({ status, t }: { status: MeetingStatus; t: Messages }) {
  return (
    <span
      className={
        status === "planned"
          ? "rounded-sm border border-amber-300 bg-amber-50 px-1.5 text-xs font-medium uppercase tracking-wide text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
          : "rounded-sm border border-emerald-300 bg-emerald-50 px-1.5 text-xs font-medium uppercase tracking-wide text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
      }
    >
      {t.status[status]}
    </span>
  );
}
