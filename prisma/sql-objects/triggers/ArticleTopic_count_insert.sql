CREATE OR REPLACE TRIGGER "ArticleTopic_count_insert" AFTER INSERT ON "ArticleTopic"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_article_topics();
