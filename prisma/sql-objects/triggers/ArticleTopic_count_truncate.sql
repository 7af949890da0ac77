CREATE OR REPLACE TRIGGER "ArticleTopic_count_truncate" AFTER TRUNCATE ON "ArticleTopic"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_truncated();
