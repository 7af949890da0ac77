import { prismaTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { positionKey } from "@/lib/importer/extract/people";
import { organisationOf } from "@/lib/importer/organisations/organisation-of";
import { ensureCountries, placeIds, sourceId } from "@/lib/importer/store/lookups";
import { StoreCache } from "@/lib/importer/store/store-cache";

type Tx = Prisma.TransactionClient;

/** The place of this Russian name, created when new: the importer's own lookup, so both agree. */
export async function placeIdFor(tx: Tx, nameRu: string | null): Promise<number | null> {
  if (!nameRu) return null;
  return (await placeIds(prismaTx(tx), new StoreCache(), [nameRu])).get(nameRu) ?? null;
}

export async function sourceIdFor(tx: Tx, name: string | null): Promise<number | null> {
  return sourceId(prismaTx(tx), new StoreCache(), name);
}

export async function ensureCountry(tx: Tx, code: string | null): Promise<void> {
  await ensureCountries(prismaTx(tx), new StoreCache(), [code]);
}

/** The organisation a post of this title belongs to (organisationOf), created when new; null when none is sure. */
async function organisationIdFor(tx: Tx, title: string, countryCode: string | null): Promise<number | null> {
  const o = organisationOf(title, countryCode);
  if (!o) return null;
  await ensureCountry(tx, o.country);
  const row = await tx.organisation.upsert({ where: { nameRu: o.nameRu }, create: { nameRu: o.nameRu, nameEn: o.nameEn, countryCode: o.country }, update: {}, select: { id: true } });
  return row.id;
}

/**
 * The official's post of this title (one row per canonical post, keyed as the importer keys them, with
 * the organisation the importer would give it), created as the editor's when new; `seenOn` widens its
 * first/last-seen dates.
 */
export async function positionIdFor(tx: Tx, officialId: number, title: string | null, countryCode: string | null, seenOn: Date | null): Promise<number | null> {
  if (!title) return null;
  await ensureCountry(tx, countryCode);
  const titleKey = positionKey(title, countryCode);
  const existing = await tx.position.findUnique({
    where: { officialId_titleKey: { officialId, titleKey } },
    select: { id: true, firstSeen: true, lastSeen: true, organisationId: true },
  });
  if (!existing) {
    const created = await tx.position.create({
      data: { officialId, title, titleKey, countryCode, organisationId: await organisationIdFor(tx, title, countryCode), firstSeen: seenOn, lastSeen: seenOn, origin: "editor" },
      select: { id: true },
    });
    return created.id;
  }
  const firstSeen = seenOn && !(existing.firstSeen && existing.firstSeen <= seenOn) ? seenOn : existing.firstSeen;
  const lastSeen = seenOn && !(existing.lastSeen && existing.lastSeen >= seenOn) ? seenOn : existing.lastSeen;
  const organisationId = existing.organisationId ?? (await organisationIdFor(tx, title, countryCode));
  if (firstSeen !== existing.firstSeen || lastSeen !== existing.lastSeen || organisationId !== existing.organisationId) {
    await tx.position.update({ where: { id: existing.id }, data: { firstSeen, lastSeen, organisationId } });
  }
  return existing.id;
}
