CREATE OR REPLACE TRIGGER "MeetingParticipant_count_update" AFTER UPDATE ON "MeetingParticipant"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_participants();
