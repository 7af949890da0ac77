CREATE OR REPLACE TRIGGER "MeetingParticipant_count_insert" AFTER INSERT ON "MeetingParticipant"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION chronicle_count_participants();
