CREATE OR REPLACE TRIGGER "MeetingParticipant_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MeetingParticipant"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_notify_change();
