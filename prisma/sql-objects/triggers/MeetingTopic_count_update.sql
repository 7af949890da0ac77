CREATE OR REPLACE TRIGGER "MeetingTopic_count_update" AFTER UPDATE ON "MeetingTopic"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_meeting_topics();
