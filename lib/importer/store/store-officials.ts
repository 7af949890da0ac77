import { sameOfficialKey } from "@/lib/importer/extract/people";
import type { NameFormKind } from "@/lib/generated/prisma/enums";
import type { OfficialFull } from "@/lib/importer/types";
import { slugify } from "@/lib/text/slugify";
import { freeSlug, type Tx } from "./lookups";
import { isSurnameOnly, resolveSurnameOnly, surnameOf } from "./surname-only";

export interface StoredOfficial {
  id: number;
  matchKey: string;
  /** Position ids by canonical post key. */
  positions: Map<string, number>;
}

const officialSelect = { id: true, origin: true, nameRu: true, surname: true, matchKey: true, countryCode: true, nameLatin: true } as const;
type OfficialRow = { id: number; origin: "importer" | "editor"; nameRu: string; surname: string; matchKey: string; countryCode: string | null; nameLatin: string | null };

/**
 * Finds or creates the article's officials (by canonical name): one row per person across articles,
 * found by the identity key that joins spelling variants; a surname-only mention joins the one stored
 * official of that surname, else is stored for review. New name forms are added; an editor-corrected
 * official keeps its name and country. Positions widen their first/last-seen dates with this article's
 * date. A handful of statements for the whole article, however many people it names. The caller has
 * stored their countries.
 */
export async function storeOfficials(tx: Tx, officials: OfficialFull[], seenOn: string | null): Promise<Map<string, StoredOfficial>> {
  const stored = new Map<string, StoredOfficial>();
  if (officials.length === 0) return stored;
  const keys = officials.map((o) => sameOfficialKey(o.name));
  const surnames = officials.filter((o) => isSurnameOnly(o.name)).map((o) => surnameOf(o.name));
  const rows: OfficialRow[] = await tx.official.findMany({
    where: { OR: [{ matchKey: { in: keys } }, ...(surnames.length ? [{ surname: { in: surnames } }] : [])] },
    select: officialSelect,
  });

  const forms: { officialId: number; form: string; kind: NameFormKind }[] = [];
  for (const o of officials) {
    const matchKey = sameOfficialKey(o.name);
    const bySurname = isSurnameOnly(o.name) ? resolveSurnameOnly(o.name, o.country, rows) : null;
    let row = bySurname ?? rows.find((r) => r.matchKey === matchKey);
    if (!row) {
      row = await createOfficial(tx, o, matchKey);
      rows.push(row);
    } else if (!bySurname && row.origin === "importer" && ((!row.countryCode && o.country) || (!row.nameLatin && o.nameLatin))) {
      row.countryCode ??= o.country;
      row.nameLatin ??= o.nameLatin;
      await tx.official.update({ where: { id: row.id }, data: { countryCode: row.countryCode, nameLatin: row.nameLatin } });
    }
    const officialId = row.id;
    for (const form of new Set([o.name, ...o.forms].map((f) => f.trim()).filter(Boolean))) forms.push({ officialId, form, kind: "case" });
    if (o.name !== row.nameRu) forms.push({ officialId, form: o.name, kind: "variant" });
    if (o.nameLatin) forms.push({ officialId, form: o.nameLatin, kind: "latin" });
    stored.set(o.name, { id: officialId, matchKey: row.matchKey, positions: new Map() });
  }
  await tx.officialName.createMany({ data: forms, skipDuplicates: true });
  await storePositions(tx, officials, stored, seenOn);
  return stored;
}

async function createOfficial(tx: Tx, o: OfficialFull, matchKey: string): Promise<OfficialRow> {
  const slug = await freeSlug(tx, "Official", slugify(o.nameLatin ?? o.name, 60));
  return tx.official.create({
    data: { slug, nameRu: o.name, nameLatin: o.nameLatin, matchKey, surname: surnameOf(o.name), countryCode: o.country, needsReview: isSurnameOnly(o.name) },
    select: officialSelect,
  });
}

/**
 * One statement for every position the article gives: new posts are added, and a post's first/last-seen
 * dates widen to this article's date. A row is written (and locked) only when its dates change, so
 * concurrent articles naming the same people rarely queue on each other's row locks.
 */
async function storePositions(tx: Tx, officials: OfficialFull[], stored: Map<string, StoredOfficial>, seenOn: string | null) {
  const input = new Map<string, { officialId: number; title: string; key: string; country: string | null }>();
  for (const o of officials) {
    const officialId = stored.get(o.name)?.id;
    if (officialId === undefined) continue;
    for (const p of o.positions) {
      const id = `${officialId}\u0000${p.key}`;
      if (!input.has(id)) input.set(id, { officialId, title: p.title, key: p.key, country: p.country ?? o.country });
    }
  }
  if (input.size === 0) return;
  const rows = [...input.values()];
  const ids = rows.map((r) => r.officialId);
  const titles = rows.map((r) => r.title);
  const titleKeys = rows.map((r) => r.key);
  const countries = rows.map((r) => r.country);
  // Inserting and widening are separate sub-statements: an ON CONFLICT DO UPDATE would lock every
  // existing row it meets (even with a false WHERE) until commit, queueing concurrent importers.
  const upsert = () => tx.$queryRaw<{ id: number; officialId: number; titleKey: string }[]>`
    WITH input AS (
      SELECT * FROM unnest(${ids}::int[], ${titles}::text[], ${titleKeys}::text[], ${countries}::varchar[])
        AS t("officialId", title, "titleKey", "countryCode")
    ),
    inserted AS (
      INSERT INTO "Position" ("officialId", title, "titleKey", "countryCode", "firstSeen", "lastSeen")
      SELECT "officialId", title, "titleKey", "countryCode", ${seenOn}::date, ${seenOn}::date FROM input
      ON CONFLICT ("officialId", "titleKey") DO NOTHING
      RETURNING id, "officialId", "titleKey"
    ),
    widened AS (
      UPDATE "Position" p SET "firstSeen" = LEAST(p."firstSeen", ${seenOn}::date), "lastSeen" = GREATEST(p."lastSeen", ${seenOn}::date)
      FROM input i
      WHERE p."officialId" = i."officialId" AND p."titleKey" = i."titleKey" AND ${seenOn}::date IS NOT NULL
        AND (p."firstSeen" IS NULL OR p."lastSeen" IS NULL OR ${seenOn}::date < p."firstSeen" OR ${seenOn}::date > p."lastSeen")
    )
    SELECT id, "officialId", "titleKey" FROM inserted
    UNION ALL
    SELECT p.id, p."officialId", p."titleKey" FROM "Position" p JOIN input i USING ("officialId", "titleKey")`;
  // A post another transaction committed while the statement ran is outside its snapshot: read again.
  let found = await upsert();
  if (found.length < rows.length) found = await upsert();
  const byOfficial = new Map([...stored.values()].map((s) => [s.id, s]));
  for (const f of found) byOfficial.get(f.officialId)?.positions.set(f.titleKey, f.id);
  // Several names may resolve to one official: each of their entries shares its positions.
  for (const s of stored.values()) {
    const owner = byOfficial.get(s.id);
    if (owner && owner !== s) s.positions = owner.positions;
  }
}
