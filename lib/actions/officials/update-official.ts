import type { Db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import { loadImporterLanguage } from "@/lib/importer/extract-article";
import { nameForms } from "@/lib/importer/extract/people";
import type { UpdateOfficialInput } from "@/lib/validation/official";
import { recordAudit } from "../audit";
import { ActionError } from "../errors";
import { ensureCountry } from "../lookups";
import { officialSnapshot } from "../snapshots";
import { claimVersion } from "../versions";

/**
 * An editor's correction of a person: name, Latin name, country, review flag. The record becomes the
 * editor's (the importer no longer fills its country or Latin name). The importer's identity key and
 * the URL stay, so articles already imported and links keep pointing here; the old name stays a
 * searchable variant and the new name's case forms are added.
 */
export async function updateOfficial(db: Db, input: UpdateOfficialInput, editorId: number, errors: Messages["admin"]["errors"]): Promise<void> {
  // Declining the name needs the dictionaries in this thread too: extraction loads them on the pool's.
  await loadImporterLanguage();
  await db.$transaction(async (tx) => {
    const before = await officialSnapshot(tx, input.id);
    await claimVersion(tx, "official", input.id, input.version, errors.notFound);
    const taken = await tx.official.findFirst({ where: { nameRu: input.nameRu, id: { not: input.id } }, select: { id: true } });
    if (taken) throw new ActionError(errors.fixFields, { nameRu: errors.nameTaken });
    await ensureCountry(tx, input.countryCode);
    await tx.official.update({
      where: { id: input.id },
      data: { nameRu: input.nameRu, nameLatin: input.nameLatin, countryCode: input.countryCode, needsReview: input.needsReview, origin: "editor" },
    });
    const forms = [
      ...(before && before.nameRu !== input.nameRu ? [{ form: before.nameRu, kind: "variant" as const }] : []),
      ...nameForms(input.nameRu).map((form) => ({ form, kind: "case" as const })),
      ...(input.nameLatin ? [{ form: input.nameLatin, kind: "latin" as const }] : []),
    ];
    await tx.officialName.createMany({ data: forms.map((f) => ({ ...f, officialId: input.id })), skipDuplicates: true });
    await recordAudit(tx, { editorId, action: "update", entity: "official", entityId: input.id, before, after: await officialSnapshot(tx, input.id) });
  });
}
