import { Prisma } from "@/lib/generated/prisma/client";

type Sql = Prisma.Sql;
const { sql, join, empty } = Prisma;

/**
 * The SQL of one search, as parameterised statements (nothing typed by a reader is ever spliced into the
 * text). Shared by the app (lib/queries/search-articles.ts runs them through Prisma) and by
 * `npm run bench:search`, which runs the very same statements through a bare driver to measure what the
 * app adds on top of the database.
 */

/** Highlight markers: control characters no article contains, turned into <mark> by the page. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/**
 * Per query word: its lexemes (as the index folds and stems it) and the officials it names — by any
 * stored case form of their surname with a small typo allowed (trigram similarity over
 * chronicle_name_fold, so Дейнс finds Дэйнс and Кошербаеф finds Кошербаев), or by a Latin spelling
 * (word similarity over chronicle_fold of the Latin forms: Kosherbaev, Landau, Vance). Each official
 * comes with the lexemes of every form of the surname, which the article query ORs in: the stemmer alone
 * does not join Кошербаев with Кошербаевым.
 */
export function analyseStatement(words: string[], forms: { word: number; form: string }[]): Sql {
  return sql`
    WITH words AS (
      SELECT i::int AS i, chronicle_fold(w) AS f, chronicle_name_fold(w) AS nf, w ~ '^[A-Za-z]+$' AS latin
      FROM unnest(${words}::text[]) WITH ORDINALITY AS t(w, i)
    ),
    stems AS (
      SELECT t.i, array_agg(DISTINCT l) AS lexemes
      FROM unnest(${forms.map((f) => f.word)}::int[], ${forms.map((f) => f.form)}::text[]) AS t(i, form),
        unnest(tsvector_to_array(to_tsvector('russian', chronicle_fold(t.form)))) AS l
      GROUP BY t.i
    ),
    named AS (
      SELECT w.i, n."officialId" AS id, similarity(w.nf, chronicle_name_fold(n.form)) AS score
      FROM words w JOIN "OfficialName" n ON chronicle_name_fold(n.form) % w.nf
      WHERE NOT w.latin AND length(w.nf) >= 3 AND n.kind <> 'latin' AND strpos(n.form, ' ') = 0
      UNION ALL
      SELECT w.i, n."officialId", word_similarity(w.f, chronicle_fold(n.form))
      FROM words w JOIN "OfficialName" n ON w.f <% chronicle_fold(n.form)
      WHERE w.latin AND length(w.f) >= 3 AND n.kind = 'latin'
      UNION ALL
      SELECT w.i, o.id, word_similarity(w.f, chronicle_fold(o."nameLatin"))
      FROM words w JOIN "Official" o ON w.f <% chronicle_fold(o."nameLatin")
      WHERE w.latin AND length(w.f) >= 3
    ),
    best AS (
      SELECT i, id, max(score) AS score, max(max(score)) OVER (PARTITION BY i) AS top FROM named GROUP BY i, id
    ),
    chosen AS (
      SELECT i, id, score, row_number() OVER (PARTITION BY i ORDER BY score DESC, id) AS r FROM best
      WHERE score >= 0.5 AND score >= top - 0.1
    )
    SELECT w.i,
      coalesce(s.lexemes, '{}') AS lexemes,
      coalesce((
        SELECT json_agg(json_build_object('id', c.id, 'score', c.score, 'lexemes', (
          SELECT array_agg(DISTINCT l) FROM "OfficialName" n,
            unnest(tsvector_to_array(to_tsvector('russian', chronicle_fold(regexp_replace(n.form, '^.*\\s', ''))))) AS l
          WHERE n."officialId" = c.id
        )) ORDER BY c.score DESC, c.id)
        FROM chosen c WHERE c.i = w.i AND c.r <= 3
      ), '[]') AS officials
    FROM words w LEFT JOIN stems s ON s.i = w.i ORDER BY w.i`;
}

/** Filter values named in the URL, with their labels; unknown slugs simply find nothing. */
export function filtersStatement(officialSlugs: string[], topicSlugs: string[], sourceId: number | null): Sql {
  return sql`
    SELECT 'official' AS kind, id, slug, "nameRu" AS "labelRu", coalesce("nameLatin", "nameRu") AS "labelEn" FROM "Official" WHERE slug = ANY(${officialSlugs}::text[])
    UNION ALL
    SELECT 'topic', id, slug, "labelRu", "labelEn" FROM "Topic" WHERE slug = ANY(${topicSlugs}::text[])
    UNION ALL
    SELECT 'source', id, id::text, name, coalesce("nameEn", name) FROM "Source" WHERE id = ${sourceId}::int`;
}

export interface MatchFilters {
  officialIds: number[];
  topicIds: number[];
  sourceId: number | null;
  year: number | null;
}

function matchWhere(tsquery: string | null, f: MatchFilters): Sql {
  const conditions: Sql[] = [];
  if (tsquery !== null) conditions.push(sql`s.doc @@ ${tsquery}::tsquery`);
  if (f.officialIds.length) conditions.push(sql`s."officialIds" @> ${f.officialIds}::int[]`);
  if (f.topicIds.length) conditions.push(sql`s."topicIds" @> ${f.topicIds}::int[]`);
  if (f.sourceId !== null) conditions.push(sql`s."sourceId" = ${f.sourceId}::int`);
  if (f.year !== null) conditions.push(sql`s."publishedOn" >= make_date(${f.year}::int, 1, 1) AND s."publishedOn" < make_date(${f.year}::int + 1, 1, 1)`);
  return conditions.length ? sql`WHERE ${join(conditions, " AND ")}` : empty;
}

/**
 * Relevance: title (A) and lead (B) through the small ranking vector; the officials the query names add
 * as much as a title hit; a match only in the body ranks by date after those.
 */
function rankOf(tsquery: string | null, nameOfficialIds: number[], sort: "relevance" | "date"): Sql {
  return tsquery !== null && sort === "relevance"
    ? sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', s.head, ${tsquery}::tsquery) + CASE WHEN s."officialIds" && ${nameOfficialIds}::int[] THEN 0.5 ELSE 0 END`
    : sql`0::real`;
}

function orderOf(sort: "relevance" | "date"): Sql {
  return sort === "relevance" ? sql`rank DESC, "publishedOn" DESC NULLS LAST, id DESC` : sql`"publishedOn" DESC NULLS LAST, id DESC`;
}

/** Every match's id in the page's order: what the search exports stream, a batch of ids at a time. */
export function matchIdsStatement(tsquery: string | null, nameOfficialIds: number[], f: MatchFilters, sort: "relevance" | "date"): Sql {
  return sql`
    SELECT id FROM (
      SELECT s."articleId" AS id, s."publishedOn", ${rankOf(tsquery, nameOfficialIds, sort)} AS rank FROM "ArticleSearch" s ${matchWhere(tsquery, f)}
    ) m ORDER BY ${orderOf(sort)}`;
}

/**
 * The matching articles, once (MATERIALIZED), and from them in one round trip: the total, one page in
 * the chosen order, and the facet counts.
 */
export function matchStatement(tsquery: string | null, nameOfficialIds: number[], f: MatchFilters, sort: "relevance" | "date", limit: number, offset: number): Sql {
  const where = matchWhere(tsquery, f);
  const rank = rankOf(tsquery, nameOfficialIds, sort);
  const order = orderOf(sort);
  return sql`
    WITH m AS MATERIALIZED (
      SELECT s."articleId" AS id, s."sourceId", s."publishedOn", s."officialIds", s."topicIds", ${rank} AS rank FROM "ArticleSearch" s ${where}
    )
    SELECT
      (SELECT count(*)::int FROM m) AS total,
      (SELECT coalesce(json_agg(p.id ORDER BY p.n), '[]') FROM (
        SELECT id, row_number() OVER (ORDER BY ${order}) AS n FROM m ORDER BY ${order} LIMIT ${limit}::int OFFSET ${offset}::int
      ) p) AS ids,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT o.slug AS value, o."nameRu" AS "labelRu", coalesce(o."nameLatin", o."nameRu") AS "labelEn", c.n AS count
        FROM (SELECT u.id, count(*)::int AS n FROM m, unnest(m."officialIds") AS u(id) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) c
        JOIN "Official" o ON o.id = c.id ORDER BY c.n DESC, o."nameRu"
      ) x) AS officials,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT t.slug AS value, t."labelRu", t."labelEn", c.n AS count
        FROM (SELECT u.id, count(*)::int AS n FROM m, unnest(m."topicIds") AS u(id) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) c
        JOIN "Topic" t ON t.id = c.id ORDER BY c.n DESC, t."labelRu"
      ) x) AS topics,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT s.id::text AS value, s.name AS "labelRu", coalesce(s."nameEn", s.name) AS "labelEn", c.n AS count
        FROM (SELECT "sourceId" AS id, count(*)::int AS n FROM m WHERE "sourceId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) c
        JOIN "Source" s ON s.id = c.id ORDER BY c.n DESC, s.name
      ) x) AS sources,
      (SELECT coalesce(json_agg(x ORDER BY x.value DESC), '[]') FROM (
        SELECT extract(year FROM "publishedOn")::int::text AS value, count(*)::int AS count FROM m WHERE "publishedOn" IS NOT NULL GROUP BY 1
      ) x) AS years`;
}

/** The shown page's articles: fields, highlighted title and snippet (matched forms marked). */
export function pageStatement(ids: number[], tsquery: string | null): Sql {
  const options = sql`'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxFragments=2, MinWords=12, MaxWords=28, FragmentDelimiter=" … "'`;
  const snippet =
    tsquery === null
      ? sql`left(coalesce(a.lead, a.body), 300)`
      : sql`ts_headline('chronicle_headline', coalesce(a.lead || E'\n', '') || a.body, ${tsquery}::tsquery, ${options})`;
  const title = tsquery === null ? sql`a.title` : sql`ts_headline('chronicle_headline', a.title, ${tsquery}::tsquery, 'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3))`;
  return sql`
    SELECT a.id, a.slug, ${title} AS title, to_char(a."publishedOn", 'YYYY-MM-DD') AS date, s.name AS source, ${snippet} AS snippet
    FROM "Article" a LEFT JOIN "Source" s ON s.id = a."sourceId"
    WHERE a.id = ANY(${ids}::int[])`;
}

/** The meetings each article of the page reports, with their participants. */
export function meetingsStatement(ids: number[]): Sql {
  return sql`
    SELECT ms."articleId", m.id, m.kind::text AS kind, m.status::text AS status, to_char(m.date, 'YYYY-MM-DD') AS date,
      m."datePrecision"::text AS "datePrecision", pl."nameRu" AS "placeRu", pl."nameEn" AS "placeEn",
      coalesce((
        SELECT json_agg(json_build_object('slug', o.slug, 'nameRu', o."nameRu", 'nameLatin', o."nameLatin") ORDER BY o.id)
        FROM "MeetingParticipant" mp JOIN "Official" o ON o.id = mp."officialId" WHERE mp."meetingId" = m.id
      ), '[]') AS participants
    FROM "MeetingSource" ms JOIN "Meeting" m ON m.id = ms."meetingId" LEFT JOIN "Place" pl ON pl.id = m."placeId"
    WHERE ms."articleId" = ANY(${ids}::int[])
    ORDER BY ms."articleId", m.date NULLS LAST, m.id`;
}

/** Cards for the officials the query names, and for the topics it matches, with their article counts. */
export function cardsStatement(officialIds: number[], tsquery: string | null): Sql {
  return sql`
    SELECT 'official' AS kind, o.id, o.slug, o."nameRu" AS "labelRu", coalesce(o."nameLatin", o."nameRu") AS "labelEn", o."countryCode" AS country,
      (SELECT p.title FROM "Position" p WHERE p."officialId" = o.id ORDER BY p."lastSeen" DESC NULLS LAST, p.id DESC LIMIT 1) AS detail,
      (SELECT count(*)::int FROM "ArticleOfficial" x WHERE x."officialId" = o.id) AS articles,
      array_position(${officialIds}::int[], o.id) AS n
    FROM "Official" o WHERE o.id = ANY(${officialIds}::int[])
    UNION ALL
    SELECT 'topic', t.id, t.slug, t."labelRu", t."labelEn", NULL, NULL,
      (SELECT count(*)::int FROM "ArticleTopic" x WHERE x."topicId" = t.id), t.id
    FROM "Topic" t
    WHERE ${tsquery}::tsquery IS NOT NULL
      AND to_tsvector('russian', chronicle_fold(t."labelRu" || ' ' || t."labelEn" || ' ' || array_to_string(t.phrasings, ' '))) @@ ${tsquery}::tsquery
    ORDER BY kind, n
    LIMIT 8`;
}
