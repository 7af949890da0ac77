CREATE OR REPLACE TRIGGER "Meeting_detach" BEFORE DELETE ON "Meeting"
  FOR EACH ROW EXECUTE FUNCTION chronicle_detach_before_delete();
