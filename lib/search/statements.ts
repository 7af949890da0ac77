import { join, sql, type Sql } from "@/lib/db";

/**
 * The SQL of one search besides the matching itself (match-statement.ts), as parameterised statements
 * (nothing typed by a reader is ever spliced into the text). Shared by the app (lib/queries/search-articles.ts
 * sends them straight to the driver) and by `npm run bench:search`, which also runs them without the web
 * app to measure what the app adds on top.
 */

/**
 * Per query word: its lexemes (as the index folds and stems it) and the officials it names — by any
 * stored case form of their surname with a small typo allowed (trigram similarity over
 * chronicle_name_fold, so Дейнс finds Дэйнс and Кошербаеф finds Кошербаев), or by a Latin spelling
 * (word similarity over chronicle_fold of the Latin forms: Kosherbaev, Landau, Vance). Each official
 * comes with the lexemes of every form of the surname, which the article query ORs in: the stemmer alone
 * does not join Кошербаев with Кошербаевым. And with the name form it matched best, so the page can say
 * that Кошербаеф was read as Кошербаев.
 */
export function analyseStatement(words: string[], forms: { word: number; form: string }[]): Sql {
  return sql`
    WITH words AS (SELECT i::int AS i FROM unnest(${words}::text[]) WITH ORDINALITY AS t(w, i)),
    stems AS (
      SELECT t.i, array_agg(DISTINCT l) AS lexemes
      FROM unnest(${forms.map((f) => f.word)}::int[], ${forms.map((f) => f.form)}::text[]) AS t(i, form),
        unnest(tsvector_to_array(chronicle_tsvector(t.form))) AS l
      GROUP BY t.i
    ),
    named AS (${join(words.map(namedBy), " UNION ALL ")}),
    best AS (
      SELECT i, id, max(score) AS score, (array_agg(form ORDER BY score DESC, form))[1] AS form,
        max(max(score)) OVER (PARTITION BY i) AS top
      FROM named GROUP BY i, id
    ),
    chosen AS (
      SELECT i, id, score, form, row_number() OVER (PARTITION BY i ORDER BY score DESC, id) AS r FROM best
      WHERE score >= 0.5 AND score >= top - 0.1
    )
    SELECT w.i,
      coalesce(s.lexemes, '{}') AS lexemes,
      coalesce((
        SELECT json_agg(json_build_object('id', c.id, 'score', c.score, 'form', c.form, 'lexemes', (
          SELECT array_agg(DISTINCT l) FROM "OfficialName" n,
            unnest(tsvector_to_array(chronicle_tsvector(regexp_replace(n.form, '^.*\\s', '')))) AS l
          WHERE n."officialId" = c.id
        )) ORDER BY c.score DESC, c.id)
        FROM chosen c WHERE c.i = w.i AND c.r <= 3
      ), '[]') AS officials
    FROM words w LEFT JOIN stems s ON s.i = w.i ORDER BY w.i`;
}

/**
 * The officials word `i` names, with a score. One branch per word with the word as a value the planner
 * sees, so the trigram indexes are used (over a column of the CTE it scanned every name).
 */
function namedBy(word: string, index: number): Sql {
  const i = index + 1;
  if (/^[A-Za-z]+$/.test(word)) {
    const f = sql`chronicle_fold(${word}::text)`;
    return sql`
      SELECT ${i}::int AS i, n."officialId" AS id, word_similarity(${f}, chronicle_fold(n.form)) AS score, n.form
      FROM "OfficialName" n WHERE ${f} <% chronicle_fold(n.form) AND n.kind = 'latin' AND length(${f}) >= 3
      UNION ALL
      SELECT ${i}::int, o.id, word_similarity(${f}, chronicle_fold(o."nameLatin")), o."nameLatin"
      FROM "Official" o WHERE ${f} <% chronicle_fold(o."nameLatin") AND length(${f}) >= 3`;
  }
  const nf = sql`chronicle_name_fold(${word}::text)`;
  return sql`
      SELECT ${i}::int AS i, n."officialId" AS id, similarity(${nf}, chronicle_name_fold(n.form)) AS score, n.form
      FROM "OfficialName" n WHERE chronicle_name_fold(n.form) % ${nf} AND n.kind <> 'latin' AND strpos(n.form, ' ') = 0 AND length(${nf}) >= 3`;
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

/**
 * The shown page's articles, their text whole (lib/search/highlight.ts makes the snippets), each with the
 * meetings it reports and their participants.
 */
export function pageStatement(ids: number[]): Sql {
  return sql`
    SELECT a.id, a.slug, a.title, a.lead, a.body, to_char(a."publishedOn", 'YYYY-MM-DD') AS date, s.name AS source,
      coalesce((
        SELECT json_agg(json_build_object(
          'id', m.id, 'kind', m.kind, 'status', m.status, 'date', to_char(m.date, 'YYYY-MM-DD'), 'datePrecision', m."datePrecision",
          'place', CASE WHEN pl.id IS NOT NULL THEN json_build_object('ru', pl."nameRu", 'en', pl."nameEn") END,
          'participants', coalesce((
            SELECT json_agg(json_build_object('slug', o.slug, 'nameRu', o."nameRu", 'nameLatin', o."nameLatin") ORDER BY o.id)
            FROM "MeetingParticipant" mp JOIN "Official" o ON o.id = mp."officialId" WHERE mp."meetingId" = m.id
          ), '[]')
        ) ORDER BY m.date NULLS LAST, m.id)
        FROM "MeetingSource" ms JOIN "Meeting" m ON m.id = ms."meetingId" LEFT JOIN "Place" pl ON pl.id = m."placeId"
        WHERE ms."articleId" = a.id
      ), '[]') AS meetings
    FROM "Article" a LEFT JOIN "Source" s ON s.id = a."sourceId"
    WHERE a.id = ANY(${ids}::int[])`;
}

/** The lexemes of each candidate word, folded and stemmed as the articles' search vectors are. */
export function lexemesStatement(words: string[]): Sql {
  return sql`SELECT w AS word, tsvector_to_array(chronicle_tsvector(w)) AS lexemes FROM unnest(${words}::text[]) AS w`;
}

/**
 * Cards for the officials the query names, and for the topics it matches, with their article counts:
 * counted live for the few officials, kept by triggers for topics (one topic may hold a third of the archive).
 */
export function cardsStatement(officialIds: number[], tsquery: string | null): Sql {
  return sql`
    SELECT 'official' AS kind, o.id, o.slug, o."nameRu" AS "labelRu", coalesce(o."nameLatin", o."nameRu") AS "labelEn", o."countryCode" AS country,
      (SELECT p.title FROM "Position" p WHERE p."officialId" = o.id ORDER BY p."lastSeen" DESC NULLS LAST, p.id DESC LIMIT 1) AS detail,
      (SELECT count(*)::int FROM "ArticleOfficial" x WHERE x."officialId" = o.id) AS articles,
      array_position(${officialIds}::int[], o.id) AS n
    FROM "Official" o WHERE o.id = ANY(${officialIds}::int[])
    UNION ALL
    SELECT 'topic', t.id, t.slug, t."labelRu", t."labelEn", NULL, NULL, coalesce(c.articles, 0), t.id
    FROM "Topic" t LEFT JOIN "TopicArticleCount" c ON c."topicId" = t.id
    WHERE ${tsquery}::tsquery IS NOT NULL AND t."searchVector" @@ ${tsquery}::tsquery
    ORDER BY kind, n
    LIMIT 8`;
}
