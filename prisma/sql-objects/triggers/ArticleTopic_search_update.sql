CREATE OR REPLACE TRIGGER "ArticleTopic_search_update" AFTER UPDATE ON "ArticleTopic"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_topics();
