import type { Prisma } from "@/lib/generated/prisma/client";
import { ActionError, StaleRecordError, type AuditEntity } from "./errors";

type Tx = Prisma.TransactionClient;

/**
 * Optimistic concurrency: moves the record from the version the editor saw to the next one, or refuses
 * (stale: someone saved in between; or gone). The row stays locked to this transaction until it ends,
 * so two saves of one version cannot both pass.
 */
export async function claimVersion(tx: Tx, entity: AuditEntity, id: number, version: number, notFound: string): Promise<void> {
  const where = { id, version };
  const data = { version: { increment: 1 } };
  const { count } =
    entity === "article"
      ? await tx.article.updateMany({ where, data })
      : entity === "meeting"
        ? await tx.meeting.updateMany({ where, data })
        : entity === "official"
          ? await tx.official.updateMany({ where, data })
          : await tx.topic.updateMany({ where, data });
  if (count === 1) return;
  const exists =
    entity === "article"
      ? await tx.article.count({ where: { id } })
      : entity === "meeting"
        ? await tx.meeting.count({ where: { id } })
        : entity === "official"
          ? await tx.official.count({ where: { id } })
          : await tx.topic.count({ where: { id } });
  if (!exists) throw new ActionError(notFound);
  throw new StaleRecordError(entity, id);
}
