import { type Db, sql, type Tx } from "@/lib/db";
import { COUNTRIES, countryNames } from "@/lib/domain/countries";
import { placeNameEn } from "@/lib/domain/places";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StoreCache } from "./store-cache";


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
  await tx.rows(sql`
    INSERT INTO "Country" (code, "nameRu", "nameEn")
    SELECT * FROM unnest(${missing}::varchar[], ${missing.map((c) => countryNames(c).ru)}::text[], ${missing.map((c) => countryNames(c).en)}::text[])
    ON CONFLICT DO NOTHING`);
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
  const upsert = () => tx.rows<{ id: number; nameRu: string }>(sql`
    WITH input AS (SELECT * FROM unnest(${missing}::text[], ${english}::text[]) AS t("nameRu", "nameEn")),
    created AS (
      INSERT INTO "Place" ("nameRu", "nameEn") SELECT "nameRu", "nameEn" FROM input
      ON CONFLICT ("nameRu") DO NOTHING RETURNING id, "nameRu"
    )
    SELECT id, "nameRu" FROM created
    UNION ALL SELECT p.id, p."nameRu" FROM "Place" p JOIN input i ON i."nameRu" = p."nameRu"`);
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
  const upsert = () => tx.rows<{ id: number }>(sql`
    WITH created AS (INSERT INTO "Source" (name) VALUES (${name}) ON CONFLICT (name) DO NOTHING RETURNING id)
    SELECT id FROM created UNION ALL SELECT id FROM "Source" WHERE name = ${name}`);
  const id = (await upsert())[0]?.id ?? (await upsert())[0]?.id;
  if (id === undefined) throw new Error(`source ${name} could not be stored`);
  cache.pending.sources.push([name, id]);
  return id;
}

/**
 * SQL for the first of base, base-2, base-3… not yet taken in `table`, after skipping `skip` free ones,
 * so new rows of one statement that share a base get different slugs. Counts up only while the slug is
 * taken: a fresh base costs one index probe.
 */
export function freeSlugSql(table: "Article" | "Official", base: Prisma.Sql, skip: Prisma.Sql = sql`0`): Prisma.Sql {
  const slug = (n: Prisma.Sql) => sql`CASE WHEN (${n}) = 1 THEN ${base} ELSE ${base} || '-' || (${n}) END`;
  const free = (n: Prisma.Sql) =>
    table === "Article"
      ? sql`(NOT EXISTS (SELECT 1 FROM "Article" x WHERE x.slug = ${slug(n)}))::int`
      : sql`(NOT EXISTS (SELECT 1 FROM "Official" x WHERE x.slug = ${slug(n)}))::int`;
  return sql`(
    WITH RECURSIVE s(n, found) AS (
      SELECT 1, ${free(sql`1`)}
      UNION ALL SELECT s.n + 1, s.found + ${free(sql`s.n + 1`)} FROM s WHERE s.found <= ${skip}
    ) SELECT ${slug(sql`max(s.n)`)} FROM s)`;
}

/** The free slug for one row that its caller writes itself (an editor's new official): freeSlugSql's answer. */
export async function freeSlug(tx: Tx, table: "Article" | "Official", base: string): Promise<string> {
  const [row] = await tx.rows<{ slug: string }>(sql`SELECT ${freeSlugSql(table, sql`${base}::text`)} AS slug`);
  if (!row) throw new Error(`no free ${table} slug for ${base}`);
  return row.slug;
}
