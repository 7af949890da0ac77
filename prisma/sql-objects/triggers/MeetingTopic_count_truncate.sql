CREATE OR REPLACE TRIGGER "MeetingTopic_count_truncate" AFTER TRUNCATE ON "MeetingTopic"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_truncated();
