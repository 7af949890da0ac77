import { sql, type Tx } from "@/lib/db";
import { sameOfficialKey } from "@/lib/importer/extract/people";
import { Prisma } from "@/lib/generated/prisma/client";
import { organisationOf, type Organisation } from "@/lib/importer/organisations/organisation-of";
import type { OfficialFull } from "@/lib/importer/types";
import { slugify } from "@/lib/text/slugify";
import { freeSlugSql } from "./lookups";
import { isSurnameOnly, resolveSurnameOnly, surnameOf } from "./surname-only";


export interface StoredOfficial {
  id: number;
  matchKey: string;
  /** Position ids by canonical post key. */
  positions: Map<string, number>;
}

/** A stored official as the lookup returns it. */
export interface OfficialRow {
  id: number;
  origin: "importer" | "editor";
  nameRu: string;
  surname: string;
  matchKey: string;
  countryCode: string | null;
  nameLatin: string | null;
  /** The keys of records merged into this one (OfficialAlias) that the article's names have. */
  aliases: string[];
}

/** What the article's write statement adds for its officials (see officialWrites). */
export interface OfficialWrites {
  forms: { officialId: number; form: string; kind: "case" | "variant" | "latin" }[];
  filled: { id: number; countryCode: string | null; nameLatin: string | null }[];
  positions: { officialId: number; title: string; key: string; country: string | null; organisation: Organisation | null }[];
}

/** The stored officials an article's names may be: by identity key (joins spelling variants), by the key
 *  of a record an editor merged into one (OfficialAlias) or, for surname-only mentions, by surname. One
 *  row per official. A sub-select of the article's lookup statement (JSON rows). */
export function officialLookupSql(officials: OfficialFull[]): Prisma.Sql {
  const keys = officials.map((o) => sameOfficialKey(o.name));
  const surnames = officials.filter((o) => isSurnameOnly(o.name)).map((o) => surnameOf(o.name));
  return sql`(SELECT coalesce(json_agg(json_build_object('id', o.id, 'origin', o.origin, 'nameRu', o."nameRu", 'surname', o.surname,
      'matchKey', o."matchKey", 'countryCode', o."countryCode", 'nameLatin', o."nameLatin", 'aliases', f.aliases)), '[]')
    FROM (
      SELECT found.id, array_remove(array_agg(found.alias), NULL) AS aliases FROM (
        SELECT o.id, NULL::text AS alias FROM "Official" o WHERE o."matchKey" = ANY(${keys}::text[]) OR o.surname = ANY(${surnames}::text[])
        UNION ALL SELECT a."officialId", a."matchKey" FROM "OfficialAlias" a WHERE a."matchKey" = ANY(${keys}::text[])
      ) found GROUP BY found.id
    ) f JOIN "Official" o ON o.id = f.id)`;
}

/** The stored official of an identity key: its own, else one a record of that key was merged into. */
function byKey(rows: OfficialRow[], key: string): OfficialRow | undefined {
  return rows.find((r) => r.matchKey === key) ?? rows.find((r) => r.aliases.includes(key));
}

/**
 * Finds or creates the article's officials (by canonical name) among `rows` (officialLookupSql): one row
 * per person across articles, found by the identity key that joins spelling variants; a surname-only
 * mention joins the one stored official of that surname, else is stored for review. New officials are
 * created in one statement; what else changes (new name forms, a country or Latin name an importer row
 * lacked, positions) is returned for the article's write statement. An editor-corrected official keeps
 * its name and country. The caller has stored their countries.
 */
export async function resolveOfficials(tx: Tx, officials: OfficialFull[], rows: OfficialRow[]): Promise<{ stored: Map<string, StoredOfficial>; writes: OfficialWrites }> {
  const rowOf = new Map<string, OfficialRow>();
  const filled = new Map<number, OfficialRow>();
  // Full names first: a surname-only mention may then join a person this very article introduces.
  const full = officials.filter((o) => !isSurnameOnly(o.name));
  const surnameOnly = officials.filter((o) => isSurnameOnly(o.name));
  for (const o of full) {
    const row = byKey(rows, sameOfficialKey(o.name));
    if (!row) continue;
    rowOf.set(o.name, row);
    if (row.origin === "importer" && ((!row.countryCode && o.country) || (!row.nameLatin && o.nameLatin))) {
      row.countryCode ??= o.country;
      row.nameLatin ??= o.nameLatin;
      filled.set(row.id, row);
    }
  }
  rows.push(...(await createOfficials(tx, full.filter((o) => !rowOf.has(o.name)))));
  for (const o of surnameOnly) {
    const row = resolveSurnameOnly(o.name, o.country, rows) ?? byKey(rows, sameOfficialKey(o.name));
    if (row) rowOf.set(o.name, row);
  }
  rows.push(...(await createOfficials(tx, surnameOnly.filter((o) => !rowOf.has(o.name)))));

  const stored = new Map<string, StoredOfficial>();
  const writes: OfficialWrites = { forms: [], filled: [...filled.values()].map(({ id, countryCode, nameLatin }) => ({ id, countryCode, nameLatin })), positions: [] };
  const byId = new Map<number, StoredOfficial>();
  for (const o of officials) {
    const row = rowOf.get(o.name) ?? byKey(rows, sameOfficialKey(o.name));
    if (!row) throw new Error(`official ${o.name} was not stored`);
    const officialId = row.id;
    for (const form of new Set([o.name, ...o.forms].map((f) => f.trim()).filter(Boolean))) writes.forms.push({ officialId, form, kind: "case" });
    if (o.name !== row.nameRu) writes.forms.push({ officialId, form: o.name, kind: "variant" });
    if (o.nameLatin) writes.forms.push({ officialId, form: o.nameLatin, kind: "latin" });
    for (const p of o.positions) {
      if (!writes.positions.some((w) => w.officialId === officialId && w.key === p.key)) {
        const country = p.country ?? o.country;
        writes.positions.push({ officialId, title: p.title, key: p.key, country, organisation: organisationOf(p.title, country) });
      }
    }
    // Several names may resolve to one official: their entries share one positions map.
    const entry = byId.get(officialId) ?? { id: officialId, matchKey: row.matchKey, positions: new Map<string, number>() };
    byId.set(officialId, entry);
    stored.set(o.name, entry);
  }
  return { stored, writes };
}

/** New officials in one statement, each with a free slug (two new people of one article may share a base). */
async function createOfficials(tx: Tx, names: OfficialFull[]): Promise<OfficialRow[]> {
  // Spelling variants of one new person (one identity key) make one row.
  const byKey = new Map<string, OfficialFull>();
  for (const o of names) if (!byKey.has(sameOfficialKey(o.name))) byKey.set(sameOfficialKey(o.name), o);
  const fresh = [...byKey.values()];
  if (fresh.length === 0) return [];
  const base = sql`i.base`;
  return tx.rows<OfficialRow>(sql`
    WITH input AS (
      SELECT *, row_number() OVER (PARTITION BY base ORDER BY ord) - 1 AS skip
      FROM unnest(${fresh.map((o) => slugify(o.nameLatin ?? o.name, 60))}::text[], ${fresh.map((o) => o.name)}::text[],
        ${fresh.map((o) => o.nameLatin)}::text[], ${fresh.map((o) => sameOfficialKey(o.name))}::text[], ${fresh.map((o) => surnameOf(o.name))}::text[],
        ${fresh.map((o) => o.country)}::varchar[], ${fresh.map((o) => isSurnameOnly(o.name))}::boolean[])
        WITH ORDINALITY AS t(base, "nameRu", "nameLatin", "matchKey", surname, "countryCode", "needsReview", ord)
    )
    INSERT INTO "Official" (slug, "nameRu", "nameLatin", "matchKey", surname, "countryCode", "needsReview", "updatedAt")
    SELECT ${freeSlugSql("Official", base, sql`i.skip`)}, i."nameRu", i."nameLatin", i."matchKey", i.surname, i."countryCode", i."needsReview", now()
    FROM input i ORDER BY i.ord
    RETURNING id, origin::text AS origin, "nameRu", surname, "matchKey", "countryCode", "nameLatin", '{}'::text[] AS aliases`);
}

/**
 * The data-modifying sub-statements of the article's write statement for its officials: name forms,
 * filled-in countries and Latin names, the posts' organisations (found by name or created) and positions
 * (new posts added; a post's first/last-seen dates widened to this article's date, its organisation set
 * when it had none). `positions` is a sub-select of every post's id, for StoredOfficial.
 * Inserting and widening are separate: an ON CONFLICT DO UPDATE would lock every existing row it meets
 * (even with a false WHERE) until commit, queueing concurrent importers; a row is written only when its
 * dates or organisation change. An organisation another importer creates at the same moment is outside
 * this statement's snapshot: the post then stays without it until an article names the post again
 * (reading it again would cost a round trip).
 */
export function officialWrites(w: OfficialWrites, seenOn: string | null): { ctes: Prisma.Sql; positions: Prisma.Sql } {
  const p = w.positions;
  const orgs = [...new Map(p.flatMap((r) => (r.organisation ? [[r.organisation.nameRu, r.organisation] as const] : []))).values()];
  const ctes = sql`
    official_names AS (
      INSERT INTO "OfficialName" ("officialId", form, kind)
      SELECT * FROM unnest(${w.forms.map((f) => f.officialId)}::int[], ${w.forms.map((f) => f.form)}::text[], ${w.forms.map((f) => f.kind)}::text[]::"NameFormKind"[])
      ON CONFLICT DO NOTHING
    ),
    officials_filled AS (
      UPDATE "Official" o SET "countryCode" = f."countryCode", "nameLatin" = f."nameLatin", "updatedAt" = now()
      FROM unnest(${w.filled.map((f) => f.id)}::int[], ${w.filled.map((f) => f.countryCode)}::varchar[], ${w.filled.map((f) => f.nameLatin)}::text[])
        AS f(id, "countryCode", "nameLatin")
      WHERE o.id = f.id
    ),
    organisation_input AS (
      SELECT * FROM unnest(${orgs.map((o) => o.nameRu)}::text[], ${orgs.map((o) => o.nameEn)}::text[], ${orgs.map((o) => o.country)}::varchar[])
        AS t("nameRu", "nameEn", "countryCode")
    ),
    organisations_inserted AS (
      -- NOT EXISTS first: a stored organisation, the usual case, then takes no sequence value.
      INSERT INTO "Organisation" ("nameRu", "nameEn", "countryCode")
      SELECT * FROM organisation_input i WHERE NOT EXISTS (SELECT 1 FROM "Organisation" o WHERE o."nameRu" = i."nameRu")
      ON CONFLICT ("nameRu") DO NOTHING
      RETURNING id, "nameRu"
    ),
    organisation_ids AS (
      SELECT id, "nameRu" FROM organisations_inserted
      UNION ALL SELECT o.id, o."nameRu" FROM "Organisation" o JOIN organisation_input i USING ("nameRu")
    ),
    position_input AS (
      SELECT t."officialId", t.title, t."titleKey", t."countryCode", org.id AS "organisationId"
      FROM unnest(${p.map((r) => r.officialId)}::int[], ${p.map((r) => r.title)}::text[], ${p.map((r) => r.key)}::text[], ${p.map((r) => r.country)}::varchar[],
        ${p.map((r) => r.organisation?.nameRu ?? null)}::text[]) AS t("officialId", title, "titleKey", "countryCode", organisation)
      LEFT JOIN organisation_ids org ON org."nameRu" = t.organisation
    ),
    positions_inserted AS (
      INSERT INTO "Position" ("officialId", title, "titleKey", "countryCode", "organisationId", "firstSeen", "lastSeen")
      SELECT "officialId", title, "titleKey", "countryCode", "organisationId", ${seenOn}::date, ${seenOn}::date FROM position_input
      ON CONFLICT ("officialId", "titleKey") DO NOTHING
      RETURNING id, "officialId", "titleKey"
    ),
    positions_widened AS (
      UPDATE "Position" p SET "firstSeen" = LEAST(p."firstSeen", ${seenOn}::date), "lastSeen" = GREATEST(p."lastSeen", ${seenOn}::date),
        "organisationId" = coalesce(p."organisationId", i."organisationId")
      FROM position_input i
      WHERE p."officialId" = i."officialId" AND p."titleKey" = i."titleKey"
        AND ((${seenOn}::date IS NOT NULL AND (p."firstSeen" IS NULL OR p."lastSeen" IS NULL OR ${seenOn}::date < p."firstSeen" OR ${seenOn}::date > p."lastSeen"))
          OR (p."organisationId" IS NULL AND i."organisationId" IS NOT NULL))
    )`;
  const positions = sql`(SELECT coalesce(json_agg(json_build_object('id', x.id, 'officialId', x."officialId", 'titleKey', x."titleKey")), '[]') FROM (
      SELECT id, "officialId", "titleKey" FROM positions_inserted
      UNION ALL SELECT p.id, p."officialId", p."titleKey" FROM "Position" p JOIN position_input i USING ("officialId", "titleKey")) x)`;
  return { ctes, positions };
}

/** Position ids by official into each StoredOfficial; posts missing from the write statement's snapshot
 *  (committed by another importer while it ran) are read again. */
export async function collectPositions(tx: Tx, stored: Map<string, StoredOfficial>, w: OfficialWrites, found: { id: number; officialId: number; titleKey: string }[]) {
  const byOfficial = new Map([...stored.values()].map((s) => [s.id, s]));
  for (const f of found) byOfficial.get(f.officialId)?.positions.set(f.titleKey, f.id);
  const missing = w.positions.filter((p) => !byOfficial.get(p.officialId)?.positions.has(p.key));
  if (missing.length === 0) return;
  const again = await tx.rows<{ id: number; officialId: number; titleKey: string }>(sql`
    SELECT p.id, p."officialId", p."titleKey" FROM "Position" p
    JOIN unnest(${missing.map((m) => m.officialId)}::int[], ${missing.map((m) => m.key)}::text[]) AS t("officialId", "titleKey") USING ("officialId", "titleKey")`);
  for (const f of again) byOfficial.get(f.officialId)?.positions.set(f.titleKey, f.id);
}
