CREATE OR REPLACE FUNCTION chronicle_article_search_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleSearch" s
  SET "topicIds" = ARRAY(SELECT "topicId" FROM "ArticleTopic" x WHERE x."articleId" = s."articleId" ORDER BY 1)
  WHERE s."articleId" IN (SELECT "articleId" FROM changed);
  RETURN NULL;
END $$;
