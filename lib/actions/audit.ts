import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditEntity } from "./errors";

type Tx = Prisma.TransactionClient;

/** `correct`: an editor's correction of what extraction found, recorded at publishing (before = as extracted).
 *  `pause`, `resume`, `poll`: the commands on a source in /admin/sources. */
export type AuditAction = "publish" | "update" | "delete" | "merge" | "correct" | "pause" | "resume" | "poll";

/** One line of the change log, written in the same transaction as the change it records. */
export async function recordAudit(
  tx: Tx,
  entry: { editorId: number; action: AuditAction; entity: AuditEntity; entityId: number; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      editorId: entry.editorId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/** Dates as ISO strings, undefined dropped: what JSON columns can hold and the log can show. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
