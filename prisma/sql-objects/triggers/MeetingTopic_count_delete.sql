CREATE OR REPLACE TRIGGER "MeetingTopic_count_delete" AFTER DELETE ON "MeetingTopic"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_meeting_topics();
