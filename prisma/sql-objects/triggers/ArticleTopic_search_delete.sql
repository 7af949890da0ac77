CREATE OR REPLACE TRIGGER "ArticleTopic_search_delete" AFTER DELETE ON "ArticleTopic"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_topics();
