CREATE OR REPLACE TRIGGER "MeetingTopic_count_insert" AFTER INSERT ON "MeetingTopic"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_meeting_topics();
