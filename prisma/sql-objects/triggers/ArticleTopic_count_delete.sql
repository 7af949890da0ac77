CREATE OR REPLACE TRIGGER "ArticleTopic_count_delete" AFTER DELETE ON "ArticleTopic"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_article_topics();
