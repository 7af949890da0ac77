import { prismaTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadImporterLanguage } from "@/lib/importer/extract-article";
import { latinName, nameForms, sameOfficialKey } from "@/lib/importer/extract/people";
import { freeSlug } from "@/lib/importer/store/lookups";
import { surnameOf } from "@/lib/importer/store/surname-only";
import { slugify } from "@/lib/text/slugify";
import { ensureCountry } from "../lookups";

type Tx = Prisma.TransactionClient;

/**
 * A person an editor names who was not picked from the archive: the archive's record when the name is
 * one the importer would take for the same person (its identity key, or one merged into it), else a new record owned by the editor, with the case
 * forms of the name for search.
 */
export async function findOrCreateOfficial(tx: Tx, p: { name: string; nameLatin: string | null; countryCode: string | null }): Promise<number> {
  const matchKey = sameOfficialKey(p.name);
  const found = await tx.official.findFirst({ where: { OR: [{ matchKey }, { aliases: { some: { matchKey } } }, { nameRu: p.name }] }, select: { id: true } });
  if (found) return found.id;
  // Declining the name needs the dictionaries in this thread too: extraction loads them on the pool's.
  await loadImporterLanguage();
  await ensureCountry(tx, p.countryCode);
  const nameLatin = p.nameLatin ?? latinName(p.name);
  const created = await tx.official.create({
    data: {
      slug: await freeSlug(prismaTx(tx), "Official", slugify(nameLatin, 60)),
      nameRu: p.name,
      nameLatin,
      matchKey,
      surname: surnameOf(p.name),
      countryCode: p.countryCode,
      origin: "editor",
    },
    select: { id: true },
  });
  const forms = [...new Set([p.name, ...nameForms(p.name)])].map((form) => ({ officialId: created.id, form, kind: "case" as const }));
  await tx.officialName.createMany({ data: [...forms, { officialId: created.id, form: nameLatin, kind: "latin" }], skipDuplicates: true });
  return created.id;
}
