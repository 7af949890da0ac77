CREATE OR REPLACE TRIGGER "MeetingParticipant_count_truncate" AFTER TRUNCATE ON "MeetingParticipant"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_truncated();
