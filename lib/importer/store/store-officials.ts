import { sameOfficialKey } from "@/lib/importer/extract/people";
import type { NameFormKind } from "@/lib/generated/prisma/enums";
import type { OfficialFull } from "@/lib/importer/types";
import { slugify } from "@/lib/text/slugify";
import { ensureCountry, uniqueSlug, type Tx } from "./lookups";

export interface StoredOfficial {
  id: number;
  matchKey: string;
  /** Position ids by canonical post key. */
  positions: Map<string, number>;
}

/**
 * Finds or creates the official: one row per person across articles, found by the identity key that
 * joins spelling variants. New name forms are added; an editor-corrected official keeps its name and
 * country. Positions widen their first/last-seen dates with this article's date.
 */
export async function storeOfficial(tx: Tx, o: OfficialFull, seenOn: Date | null): Promise<StoredOfficial> {
  const matchKey = sameOfficialKey(o.name);
  const countryCode = await ensureCountry(tx, o.country);
  let official = await tx.official.findUnique({ where: { matchKey }, select: { id: true, origin: true, nameRu: true, countryCode: true, nameLatin: true } });
  if (!official) {
    const slug = await uniqueSlug(async (s) => (await tx.official.count({ where: { slug: s } })) > 0, slugify(o.nameLatin ?? o.name, 60));
    official = await tx.official.create({
      data: { slug, nameRu: o.name, nameLatin: o.nameLatin, matchKey, surname: surnameOf(o.name), countryCode },
      select: { id: true, origin: true, nameRu: true, countryCode: true, nameLatin: true },
    });
  } else if (official.origin === "importer" && ((!official.countryCode && countryCode) || (!official.nameLatin && o.nameLatin))) {
    await tx.official.update({
      where: { id: official.id },
      data: { countryCode: official.countryCode ?? countryCode, nameLatin: official.nameLatin ?? o.nameLatin },
    });
  }

  const forms: { officialId: number; form: string; kind: NameFormKind }[] = [
    ...new Set([o.name, ...o.forms].map((f) => f.trim()).filter(Boolean)),
  ].map((form) => ({ officialId: official.id, form, kind: "case" }));
  if (o.name !== official.nameRu) forms.push({ officialId: official.id, form: o.name, kind: "variant" });
  if (o.nameLatin) forms.push({ officialId: official.id, form: o.nameLatin, kind: "latin" });
  await tx.officialName.createMany({ data: forms, skipDuplicates: true });

  const positions = new Map<string, number>();
  for (const p of o.positions) {
    const country = await ensureCountry(tx, p.country ?? o.country);
    const stored = await tx.position.upsert({
      where: { officialId_titleKey: { officialId: official.id, titleKey: p.key } },
      create: { officialId: official.id, title: p.title, titleKey: p.key, countryCode: country, firstSeen: seenOn, lastSeen: seenOn },
      update: {},
      select: { id: true, firstSeen: true, lastSeen: true },
    });
    if (seenOn && (!stored.firstSeen || seenOn < stored.firstSeen || !stored.lastSeen || seenOn > stored.lastSeen)) {
      await tx.position.update({
        where: { id: stored.id },
        data: {
          firstSeen: !stored.firstSeen || seenOn < stored.firstSeen ? seenOn : stored.firstSeen,
          lastSeen: !stored.lastSeen || seenOn > stored.lastSeen ? seenOn : stored.lastSeen,
        },
      });
    }
    positions.set(p.key, stored.id);
  }
  return { id: official.id, matchKey, positions };
}

function surnameOf(name: string): string {
  return (name.trim().split(/\s+/).at(-1) ?? name).toLowerCase();
}
