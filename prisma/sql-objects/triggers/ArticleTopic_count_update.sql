CREATE OR REPLACE TRIGGER "ArticleTopic_count_update" AFTER UPDATE ON "ArticleTopic"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_article_topics();
