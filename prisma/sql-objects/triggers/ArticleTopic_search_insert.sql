CREATE OR REPLACE TRIGGER "ArticleTopic_search_insert" AFTER INSERT ON "ArticleTopic"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_topics();
