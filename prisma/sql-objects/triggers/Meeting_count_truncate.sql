CREATE OR REPLACE TRIGGER "Meeting_count_truncate" AFTER TRUNCATE ON "Meeting"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_truncated();
