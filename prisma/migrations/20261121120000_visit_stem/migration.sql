-- Snowball's Russian stemmer reads визит and визите as verb forms and cuts them to виз, the stem of
-- виза: a search for визы found every visit first, and a search for визит every visa. In a diplomatic
-- archive both words are everywhere. One function now makes every full-text vector, of articles, topics
-- and queries alike, and hands the stemmer those two forms as one it stems right (визита → визит), so
-- index and queries agree. Other words the stemmer cuts short in the seed and evaluation articles
-- (Астана → аста, Азия → аз) keep to their own forms, so they are left as they are.
-- The letters around the word are matched explicitly: what \m and \M count as a letter depends on the
-- database's locale.
CREATE FUNCTION chronicle_tsvector(text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN to_tsvector('russian', regexp_replace(chronicle_fold($1), '(?<![a-zа-я0-9])визите?(?![a-zа-я0-9])', 'визита', 'g'));

-- PostgreSQL 15 cannot change a generated column's expression: re-create the columns (and the index).
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(chronicle_tsvector("title"), 'A') ||
  setweight(chronicle_tsvector("searchNames"), 'A') ||
  setweight(chronicle_tsvector(coalesce("lead", '')), 'B') ||
  setweight(chronicle_tsvector("body"), 'C')
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

ALTER TABLE "Topic" DROP COLUMN "searchVector";
ALTER TABLE "Topic" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  chronicle_tsvector("labelRu" || ' ' || "labelEn" || ' ' || coalesce(chronicle_join_words("phrasings"), ''))
) STORED;

CREATE OR REPLACE FUNCTION chronicle_article_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ArticleSearch" ("articleId", "publishedOn", "sourceId", "officialIds", "topicIds", "head", "doc")
  VALUES (
    NEW."id", NEW."publishedOn", NEW."sourceId",
    ARRAY(SELECT "officialId" FROM "ArticleOfficial" WHERE "articleId" = NEW."id" ORDER BY 1),
    ARRAY(SELECT "topicId" FROM "ArticleTopic" WHERE "articleId" = NEW."id" ORDER BY 1),
    setweight(chronicle_tsvector(NEW."title"), 'A') ||
      setweight(chronicle_tsvector(coalesce(NEW."lead", '')), 'B') || chronicle_search_samples(NEW."id"),
    -- The dateline city is where the story was filed: readers search by it (БАКУ, COP29).
    NEW."searchVector" || setweight(chronicle_tsvector(coalesce((SELECT "nameRu" FROM "Place" WHERE "id" = NEW."datelinePlaceId"), '')), 'B')
      || chronicle_search_samples(NEW."id")
  )
  ON CONFLICT ("articleId") DO UPDATE SET
    "publishedOn" = EXCLUDED."publishedOn", "sourceId" = EXCLUDED."sourceId",
    "head" = EXCLUDED."head", "doc" = EXCLUDED."doc";
  RETURN NULL;
END $$;

-- Stored articles whose vectors change: those with the word (its new lexeme is in the vector now). The
-- no-op update runs the trigger above, the one place that builds a search row.
UPDATE "Article" SET "title" = "title" WHERE "searchVector" @@ 'визит'::tsquery;
