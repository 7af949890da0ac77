CREATE OR REPLACE TRIGGER "MeetingParticipant_count_delete" AFTER DELETE ON "MeetingParticipant"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_participants();
