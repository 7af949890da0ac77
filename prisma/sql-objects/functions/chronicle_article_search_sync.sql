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
