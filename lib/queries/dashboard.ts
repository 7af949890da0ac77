import "server-only";
import { readDb } from "@/lib/db";
import { isoDate } from "./iso-date";

/** The /admin overview: last import runs, last edits, and what the importer flagged for review. Four queries. */
export async function getDashboard() {
  const db = readDb();
  const [imports, meetings, officials, edits] = await Promise.all([
    db.importRun.findMany({
      orderBy: { startedAt: "desc" },
      take: 5,
      select: { id: true, trigger: true, startedAt: true, finishedAt: true, interruptedAt: true, created: true, updated: true, unchanged: true, reprint: true, failed: true },
    }),
    db.meeting.findMany({
      where: { needsReview: true },
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: 20,
      select: { id: true, kind: true, date: true, datePrecision: true, participants: { select: { official: { select: { nameRu: true } } } } },
    }),
    db.official.findMany({ where: { needsReview: true }, orderBy: { nameRu: "asc" }, take: 20, select: { id: true, nameRu: true, nameLatin: true } }),
    listAuditPage({ take: 10 }),
  ]);
  return {
    imports,
    reviewMeetings: meetings.map((m) => ({ id: m.id, kind: m.kind, date: isoDate(m.date), datePrecision: m.datePrecision, names: m.participants.map((p) => p.official.nameRu) })),
    reviewOfficials: officials,
    edits,
  };
}

export interface AuditEntry {
  id: string;
  at: Date;
  editor: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The change log, newest first; for one record when `entity` and `entityId` are given. `before` pages on. */
export async function listAuditPage({ entity, entityId, before, take = 50 }: { entity?: string; entityId?: number; before?: bigint; take?: number }): Promise<AuditEntry[]> {
  const rows = await readDb().auditLog.findMany({
    where: { ...(entity ? { entity } : {}), ...(entityId !== undefined ? { entityId: String(entityId) } : {}), ...(before ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, action: true, entity: true, entityId: true, before: true, after: true, editor: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, id: String(r.id), editor: r.editor?.name ?? null }));
}
