import { prismaTx, sql, type Db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import type { MergeOfficialsInput } from "@/lib/validation/official";
import { recordAudit } from "../audit";
import { officialSnapshot } from "../snapshots";
import { claimVersion } from "../versions";

/**
 * Two records of one person become one: the source's meetings, mentions, posts, name forms, evidence and
 * identity keys (its own becomes an alias of the target) move to the target, then the source is deleted. Where both appear in one meeting or article, the
 * target's row stays (mentions are added up); a post both held is kept once, with the wider dates.
 * One transaction; both versions must be the ones the editor saw.
 */
export async function mergeOfficials(db: Db, input: MergeOfficialsInput, editorId: number, errors: Messages["admin"]["errors"]): Promise<void> {
  const { sourceId: s, targetId: t } = input;
  await db.$transaction(async (tx) => {
    const [source, target] = [await officialSnapshot(tx, s), await officialSnapshot(tx, t)];
    await claimVersion(tx, "official", s, input.sourceVersion, errors.notFound);
    await claimVersion(tx, "official", t, input.targetVersion, errors.notFound);

    const statements = prismaTx(tx);
    await statements.rows(sql`
      UPDATE "MeetingParticipant" mp SET "positionId" = tp.id
      FROM "Position" sp JOIN "Position" tp ON tp."officialId" = ${t} AND tp."titleKey" = sp."titleKey"
      WHERE sp."officialId" = ${s} AND mp."positionId" = sp.id`);
    await statements.rows(sql`
      UPDATE "Position" tp SET "firstSeen" = LEAST(tp."firstSeen", sp."firstSeen"), "lastSeen" = GREATEST(tp."lastSeen", sp."lastSeen")
      FROM "Position" sp WHERE sp."officialId" = ${s} AND tp."officialId" = ${t} AND tp."titleKey" = sp."titleKey"`);
    await statements.rows(sql`
      DELETE FROM "Position" sp USING "Position" tp
      WHERE sp."officialId" = ${s} AND tp."officialId" = ${t} AND tp."titleKey" = sp."titleKey"`);
    await tx.position.updateMany({ where: { officialId: s }, data: { officialId: t } });

    // The target's row stays; the wording the source's row carried fills a title it lacks.
    await statements.rows(sql`
      UPDATE "MeetingParticipant" tm SET title = sm.title FROM "MeetingParticipant" sm
      WHERE sm."officialId" = ${s} AND tm."officialId" = ${t} AND tm."meetingId" = sm."meetingId" AND tm.title IS NULL`);
    await statements.rows(sql`
      DELETE FROM "MeetingParticipant" sm USING "MeetingParticipant" tm
      WHERE sm."officialId" = ${s} AND tm."officialId" = ${t} AND tm."meetingId" = sm."meetingId"`);
    await tx.meetingParticipant.updateMany({ where: { officialId: s }, data: { officialId: t } });

    await statements.rows(sql`
      UPDATE "ArticleOfficial" ta SET mentions = ta.mentions + sa.mentions
      FROM "ArticleOfficial" sa WHERE sa."officialId" = ${s} AND ta."officialId" = ${t} AND ta."articleId" = sa."articleId"`);
    await statements.rows(sql`
      DELETE FROM "ArticleOfficial" sa USING "ArticleOfficial" ta
      WHERE sa."officialId" = ${s} AND ta."officialId" = ${t} AND ta."articleId" = sa."articleId"`);
    await tx.articleOfficial.updateMany({ where: { officialId: s }, data: { officialId: t } });

    await statements.rows(sql`
      INSERT INTO "OfficialName" ("officialId", form, kind)
      SELECT ${t}, form, kind FROM "OfficialName" WHERE "officialId" = ${s}
      ON CONFLICT ("officialId", form) DO NOTHING`);
    const moved = [
      ...(source ? [{ form: source.nameRu, kind: "variant" as const }] : []),
      ...(source?.nameLatin ? [{ form: source.nameLatin, kind: "latin" as const }] : []),
    ];
    await tx.officialName.createMany({ data: moved.map((f) => ({ ...f, officialId: t })), skipDuplicates: true });
    await tx.evidence.updateMany({ where: { officialId: s }, data: { officialId: t } });

    // The source's identity key, and those of records merged into it before, now lead to the target: a
    // later article spelling the name the merged-away way joins the target (officialLookupSql).
    await tx.officialAlias.updateMany({ where: { officialId: s }, data: { officialId: t } });
    await statements.rows(sql`
      INSERT INTO "OfficialAlias" ("matchKey", "officialId") SELECT "matchKey", ${t} FROM "Official" WHERE id = ${s}
      ON CONFLICT ("matchKey") DO UPDATE SET "officialId" = EXCLUDED."officialId"`);

    await tx.official.delete({ where: { id: s } });
    await tx.official.update({ where: { id: t }, data: { origin: "editor" } });
    await recordAudit(tx, { editorId, action: "merge", entity: "official", entityId: t, before: { target, merged: { id: s, ...source } }, after: await officialSnapshot(tx, t) });
    await recordAudit(tx, { editorId, action: "delete", entity: "official", entityId: s, before: source, after: { mergedInto: t } });
  });
}
