import { COUNTRIES, countryNames } from "@/lib/domain/countries";
import { placeNameEn } from "@/lib/domain/places";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoreCache } from "./store-cache";

export type Tx = Prisma.TransactionClient;

/** All curated countries in one statement, committed before a run, so articles rarely need to add one. */
export async function preloadCountries(db: Db, cache: StoreCache): Promise<void> {
  const codes = Object.keys(COUNTRIES);
  await db.country.createMany({ data: codes.map((code) => ({ code, nameRu: countryNames(code).ru, nameEn: countryNames(code).en })), skipDuplicates: true });
  cache.publish({ countries: codes });
}

/** Country rows are created on first use, so an official of any country can be stored. */
export async function ensureCountries(tx: Tx, cache: StoreCache, codes: (string | null)[]): Promise<void> {
  const missing = [...new Set(codes.filter((c): c is string => !!c && !cache.hasCountry(c)))];
  if (missing.length === 0) return;
  await tx.country.createMany({ data: missing.map((code) => ({ code, nameRu: countryNames(code).ru, nameEn: countryNames(code).en })), skipDuplicates: true });
  cache.pending.countries.push(...missing);
}

/**
 * Place ids by Russian name, created when new. One statement; a place another transaction committed
 * while it ran is invisible to its snapshot, so the rare miss is read again.
 */
export async function placeIds(tx: Tx, cache: StoreCache, names: (string | null)[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const wanted = [...new Set(names.filter((n): n is string => !!n))];
  const missing = wanted.filter((n) => {
    const id = cache.placeId(n);
    if (id !== undefined) ids.set(n, id);
    return id === undefined;
  });
  if (missing.length === 0) return ids;
  const english = missing.map((n) => placeNameEn(n));
  const upsert = () => tx.$queryRaw<{ id: number; nameRu: string }[]>`
    WITH input AS (SELECT * FROM unnest(${missing}::text[], ${english}::text[]) AS t("nameRu", "nameEn")),
    created AS (
      INSERT INTO "Place" ("nameRu", "nameEn") SELECT "nameRu", "nameEn" FROM input
      ON CONFLICT ("nameRu") DO NOTHING RETURNING id, "nameRu"
    )
    SELECT id, "nameRu" FROM created
    UNION ALL SELECT p.id, p."nameRu" FROM "Place" p JOIN input i ON i."nameRu" = p."nameRu"`;
  let rows = await upsert();
  if (rows.length < missing.length) rows = await upsert();
  for (const row of rows) {
    ids.set(row.nameRu, row.id);
    cache.pending.places.push([row.nameRu, row.id]);
  }
  return ids;
}

export async function sourceId(tx: Tx, cache: StoreCache, name: string | null): Promise<number | null> {
  if (!name) return null;
  const cached = cache.sourceId(name);
  if (cached !== undefined) return cached;
  const source = await tx.source.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
  cache.pending.sources.push([name, source.id]);
  return source.id;
}

/** The first of base, base-2, base-3… not yet taken as an Article or Official slug: one statement. */
export async function freeSlug(tx: Tx, table: "Article" | "Official", base: string): Promise<string> {
  // Counts up only while the slug is taken, so a fresh base costs one index probe.
  const rows =
    table === "Article"
      ? await tx.$queryRaw<{ n: number }[]>`
          WITH RECURSIVE s(n) AS (
            SELECT 1 UNION ALL SELECT n + 1 FROM s
            WHERE EXISTS (SELECT 1 FROM "Article" a WHERE a.slug = CASE WHEN n = 1 THEN ${base} ELSE ${base} || '-' || n END)
          ) SELECT max(n)::int AS n FROM s`
      : await tx.$queryRaw<{ n: number }[]>`
          WITH RECURSIVE s(n) AS (
            SELECT 1 UNION ALL SELECT n + 1 FROM s
            WHERE EXISTS (SELECT 1 FROM "Official" o WHERE o.slug = CASE WHEN n = 1 THEN ${base} ELSE ${base} || '-' || n END)
          ) SELECT max(n)::int AS n FROM s`;
  const n = rows[0]?.n ?? 1;
  return n === 1 ? base : `${base}-${n}`;
}
