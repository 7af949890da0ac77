import { countryNames } from "@/lib/domain/countries";
import { placeNameEn } from "@/lib/domain/places";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** Country rows are created on first use, so an official of any country can be stored. */
export async function ensureCountry(tx: Tx, code: string | null): Promise<string | null> {
  if (!code) return null;
  const names = countryNames(code);
  await tx.country.upsert({ where: { code }, create: { code, nameRu: names.ru, nameEn: names.en }, update: {}, select: { code: true } });
  return code;
}

export async function placeId(tx: Tx, nameRu: string | null): Promise<number | null> {
  if (!nameRu) return null;
  const place = await tx.place.upsert({
    where: { nameRu },
    create: { nameRu, nameEn: placeNameEn(nameRu) },
    update: {},
    select: { id: true },
  });
  return place.id;
}

export async function sourceId(tx: Tx, name: string | null): Promise<number | null> {
  if (!name) return null;
  const source = await tx.source.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
  return source.id;
}

/** A slug not yet taken in `table`: the base, else base-2, base-3… */
export async function uniqueSlug(exists: (slug: string) => Promise<boolean>, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await exists(slug))) return slug;
  }
}
