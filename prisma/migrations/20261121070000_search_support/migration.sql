-- Written by hand: what search needs beyond the init migration. ArticleSearch is declared in
-- schema.prisma (so the schema and the tables agree) but made here, with its triggers.

-- Names as the ear hears them, for typo-tolerant matching of surnames: chronicle_fold() and then э as е
-- and no hard or soft signs, since the press and readers write Дэйнс / Дейнс, Ландау / Ландао freely.
-- Query and index must use this same function.
CREATE FUNCTION chronicle_name_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(chronicle_fold($1), 'эъь', 'е');

CREATE INDEX "OfficialName_form_name_fold_trgm_idx" ON "OfficialName" USING GIN (chronicle_name_fold("form") gin_trgm_ops);

-- Highlighting: ts_headline parses the article text itself, so it needs a configuration that folds the
-- way the indexed text was folded (ё as е, accents off) before stemming; otherwise `Мирзиёев` in a text
-- would not light up for the query lexeme `мирзиеев`.
CREATE TEXT SEARCH CONFIGURATION chronicle_headline (COPY = pg_catalog.russian);
ALTER TEXT SEARCH CONFIGURATION chronicle_headline
  ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.russian_stem;
ALTER TEXT SEARCH CONFIGURATION chronicle_headline
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH public.unaccent, pg_catalog.english_stem;

-- ArticleSearch: one narrow row per article holding what a search reads — the full-text document
-- (Article.searchVector and the dateline city, kept out of line by TOAST), a small ranking vector (title A, lead B,
-- stored in the row), and the facet keys (officials, topics, source, date) as plain columns and
-- arrays. Matching, counting, ranking and facet counts then touch ~40 MB per 100,000 articles instead
-- of the wide Article rows and three join tables: measured on 100,000 generated articles, the wide table
-- made the planner choose sequential scans (1.8 s) for a name found in 12 % of articles.
-- Kept in step by triggers, so no writer (importer, editor, hand SQL) can forget it.
CREATE TABLE "ArticleSearch" (
  "articleId"   integer PRIMARY KEY REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "publishedOn" date,
  "sourceId"    integer,
  "officialIds" integer[] NOT NULL DEFAULT '{}',
  "topicIds"    integer[] NOT NULL DEFAULT '{}',
  "head"        tsvector NOT NULL,
  "doc"         tsvector NOT NULL
);
CREATE INDEX "ArticleSearch_doc_idx" ON "ArticleSearch" USING GIN ("doc");
CREATE INDEX "ArticleSearch_officialIds_idx" ON "ArticleSearch" USING GIN ("officialIds");
CREATE INDEX "ArticleSearch_topicIds_idx" ON "ArticleSearch" USING GIN ("topicIds");
CREATE INDEX "ArticleSearch_publishedOn_articleId_idx" ON "ArticleSearch" ("publishedOn" DESC, "articleId" DESC);

CREATE FUNCTION chronicle_article_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ArticleSearch" ("articleId", "publishedOn", "sourceId", "officialIds", "topicIds", "head", "doc")
  VALUES (
    NEW."id", NEW."publishedOn", NEW."sourceId",
    ARRAY(SELECT "officialId" FROM "ArticleOfficial" WHERE "articleId" = NEW."id" ORDER BY 1),
    ARRAY(SELECT "topicId" FROM "ArticleTopic" WHERE "articleId" = NEW."id" ORDER BY 1),
    setweight(to_tsvector('russian', chronicle_fold(NEW."title")), 'A') ||
      setweight(to_tsvector('russian', chronicle_fold(coalesce(NEW."lead", ''))), 'B'),
    -- The dateline city is where the story was filed: readers search by it (БАКУ, COP29).
    NEW."searchVector" || setweight(to_tsvector('russian', chronicle_fold(coalesce((SELECT "nameRu" FROM "Place" WHERE "id" = NEW."datelinePlaceId"), ''))), 'B')
  )
  ON CONFLICT ("articleId") DO UPDATE SET
    "publishedOn" = EXCLUDED."publishedOn", "sourceId" = EXCLUDED."sourceId",
    "head" = EXCLUDED."head", "doc" = EXCLUDED."doc";
  RETURN NULL;
END $$;
CREATE TRIGGER "Article_search_sync" AFTER INSERT OR UPDATE OF "title", "lead", "body", "searchNames", "publishedOn", "sourceId", "datelinePlaceId"
  ON "Article" FOR EACH ROW EXECUTE FUNCTION chronicle_article_search_sync();

-- The facet arrays follow the link tables, once per statement (the importer writes links in batches).
CREATE FUNCTION chronicle_article_search_officials() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleSearch" s
  SET "officialIds" = ARRAY(SELECT "officialId" FROM "ArticleOfficial" x WHERE x."articleId" = s."articleId" ORDER BY 1)
  WHERE s."articleId" IN (SELECT "articleId" FROM changed);
  RETURN NULL;
END $$;
CREATE FUNCTION chronicle_article_search_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleSearch" s
  SET "topicIds" = ARRAY(SELECT "topicId" FROM "ArticleTopic" x WHERE x."articleId" = s."articleId" ORDER BY 1)
  WHERE s."articleId" IN (SELECT "articleId" FROM changed);
  RETURN NULL;
END $$;
CREATE TRIGGER "ArticleOfficial_search_insert" AFTER INSERT ON "ArticleOfficial"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_officials();
CREATE TRIGGER "ArticleOfficial_search_delete" AFTER DELETE ON "ArticleOfficial"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_officials();
CREATE TRIGGER "ArticleOfficial_search_update" AFTER UPDATE ON "ArticleOfficial"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_officials();
CREATE TRIGGER "ArticleTopic_search_insert" AFTER INSERT ON "ArticleTopic"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_topics();
CREATE TRIGGER "ArticleTopic_search_delete" AFTER DELETE ON "ArticleTopic"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_topics();
CREATE TRIGGER "ArticleTopic_search_update" AFTER UPDATE ON "ArticleTopic"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_topics();

-- Articles stored before this migration.
INSERT INTO "ArticleSearch" ("articleId", "publishedOn", "sourceId", "officialIds", "topicIds", "head", "doc")
SELECT a."id", a."publishedOn", a."sourceId",
  ARRAY(SELECT "officialId" FROM "ArticleOfficial" WHERE "articleId" = a."id" ORDER BY 1),
  ARRAY(SELECT "topicId" FROM "ArticleTopic" WHERE "articleId" = a."id" ORDER BY 1),
  setweight(to_tsvector('russian', chronicle_fold(a."title")), 'A') ||
    setweight(to_tsvector('russian', chronicle_fold(coalesce(a."lead", ''))), 'B'),
  a."searchVector" || setweight(to_tsvector('russian', chronicle_fold(coalesce((SELECT "nameRu" FROM "Place" WHERE "id" = a."datelinePlaceId"), ''))), 'B')
FROM "Article" a;
