CREATE OR REPLACE TRIGGER "Position_detach" BEFORE DELETE ON "Position"
  FOR EACH ROW EXECUTE FUNCTION chronicle_detach_before_delete();
