-- The facet arrays follow the link tables, once per statement (the importer writes links in batches).
CREATE OR REPLACE FUNCTION chronicle_article_search_officials() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleSearch" s
  SET "officialIds" = ARRAY(SELECT "officialId" FROM "ArticleOfficial" x WHERE x."articleId" = s."articleId" ORDER BY 1)
  WHERE s."articleId" IN (SELECT "articleId" FROM changed);
  RETURN NULL;
END $$;
