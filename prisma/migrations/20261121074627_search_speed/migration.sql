-- Search at archive scale (lib/search/match-statement.ts): when a query matches more articles than can
-- be read whole, a search reads a sample of them, drawn by the full-text index itself.

-- Title and lead hits found by index: the candidates relevance ranks first beside the sample.
-- CreateIndex
CREATE INDEX "ArticleSearch_head_idx" ON "ArticleSearch" USING GIN ("head");

-- Written by hand from here on.
-- Nested systematic samples as lexemes of both vectors: '#s2' in every article whose id is a multiple
-- of 2, '#s4' for multiples of 4, … '#s256' (no text yields them: the parser never makes '#' part of a
-- word). A search asks the GIN index for its words AND one of them, so the index returns exactly that
-- sample of the matches (one in 2, 4, … 256) without reading any document.
CREATE FUNCTION chronicle_search_samples(integer) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN array_to_tsvector(ARRAY(SELECT '#s' || m FROM unnest(ARRAY[2, 4, 8, 16, 32, 64, 128, 256]) AS m WHERE $1 % m = 0));

CREATE OR REPLACE FUNCTION chronicle_article_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ArticleSearch" ("articleId", "publishedOn", "sourceId", "officialIds", "topicIds", "head", "doc")
  VALUES (
    NEW."id", NEW."publishedOn", NEW."sourceId",
    ARRAY(SELECT "officialId" FROM "ArticleOfficial" WHERE "articleId" = NEW."id" ORDER BY 1),
    ARRAY(SELECT "topicId" FROM "ArticleTopic" WHERE "articleId" = NEW."id" ORDER BY 1),
    setweight(to_tsvector('russian', chronicle_fold(NEW."title")), 'A') ||
      setweight(to_tsvector('russian', chronicle_fold(coalesce(NEW."lead", ''))), 'B') || chronicle_search_samples(NEW."id"),
    -- The dateline city is where the story was filed: readers search by it (БАКУ, COP29).
    NEW."searchVector" || setweight(to_tsvector('russian', chronicle_fold(coalesce((SELECT "nameRu" FROM "Place" WHERE "id" = NEW."datelinePlaceId"), ''))), 'B')
      || chronicle_search_samples(NEW."id")
  )
  ON CONFLICT ("articleId") DO UPDATE SET
    "publishedOn" = EXCLUDED."publishedOn", "sourceId" = EXCLUDED."sourceId",
    "head" = EXCLUDED."head", "doc" = EXCLUDED."doc";
  RETURN NULL;
END $$;

UPDATE "ArticleSearch" SET "head" = "head" || chronicle_search_samples("articleId"), "doc" = "doc" || chronicle_search_samples("articleId")
WHERE "articleId" % 2 = 0;

-- The search's date order puts undated articles last; a DESC index puts NULLs first, so the index
-- the schema declares is made NULLS LAST here (same name, same columns) for date order to walk it.
DROP INDEX "ArticleSearch_publishedOn_articleId_idx";
CREATE INDEX "ArticleSearch_publishedOn_articleId_idx" ON "ArticleSearch" ("publishedOn" DESC NULLS LAST, "articleId" DESC);
