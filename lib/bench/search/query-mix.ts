import type pg from "pg";
import { TOPICS } from "@/lib/importer/topics/taxonomy";
import { random } from "../generate-article";

export type QueryKind = "name-oblique" | "name-latin" | "two-words" | "phrase" | "name+facet" | "words+facet";

export interface BenchQuery {
  kind: QueryKind;
  params: Record<string, string>;
}

/**
 * The mixed query set of `bench:search`, drawn (seeded) from the database itself: surnames in an oblique
 * case (any stored one-word case form other than the nominative), Latin surnames, two words and quoted
 * phrases from the topic taxonomy's phrasings, and the same with a facet filter (year, topic or official).
 * Officials are drawn uniformly, so rare and famous names both come up.
 */
export async function queryMix(pool: pg.Pool, perKind: number, seed = 7): Promise<BenchQuery[]> {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const { rows: forms } = await pool.query<{ form: string; slug: string; latin: string | null }>(`
    SELECT n.form, o.slug, o."nameLatin" AS latin FROM "OfficialName" n JOIN "Official" o ON o.id = n."officialId"
    WHERE n.kind = 'case' AND strpos(n.form, ' ') = 0 AND lower(n.form) <> o.surname ORDER BY n.id`);
  const { rows: years } = await pool.query<{ y: string }>(`SELECT DISTINCT extract(year FROM "publishedOn")::int::text AS y FROM "ArticleSearch" WHERE "publishedOn" IS NOT NULL ORDER BY 1`);
  if (forms.length === 0 || years.length === 0) throw new Error("the database has no officials or articles: run `npm run bench:seed` first");
  const phrasings = TOPICS.flatMap((t) => t.phrasings.filter((p) => /^[а-яё]+ [а-яё]+$/i.test(p)).map((p) => ({ p, topic: t.slug })));
  const latinSurnames = forms.filter((f) => f.latin).map((f) => ({ q: (f.latin as string).split(" ").at(-1) as string, slug: f.slug }));

  const out: BenchQuery[] = [];
  for (let i = 0; i < perKind; i++) {
    const name = pick(forms);
    const latin = pick(latinSurnames);
    const words = pick(phrasings);
    const phrase = pick(phrasings);
    out.push(
      { kind: "name-oblique", params: { q: name.form } },
      { kind: "name-latin", params: { q: latin.q } },
      { kind: "two-words", params: { q: words.p } },
      { kind: "phrase", params: { q: `"${phrase.p}"` } },
      { kind: "name+facet", params: { q: pick(forms).form, year: pick(years).y } },
      { kind: "words+facet", params: rnd() < 0.5 ? { q: pick(phrasings).p, topic: pick(TOPICS).slug } : { q: pick(phrasings).p, official: pick(forms).slug } },
    );
  }
  return out;
}
