import type { Db } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { StaleRecordError } from "./errors";

/** "Changed by X at T, reload": who made the version the editor did not see, from the change log. */
export async function staleRecordMessage(db: Db, error: StaleRecordError, t: Messages, locale: Locale): Promise<string> {
  const last = await db.auditLog.findFirst({
    where: { entity: error.entity, entityId: String(error.entityId) },
    orderBy: { at: "desc" },
    select: { at: true, editor: { select: { name: true } } },
  });
  const who = last?.editor?.name ?? t.admin.errors.staleImporter;
  return t.admin.errors.stale(who, last ? formatDateTime(last.at, locale) : "");
}
