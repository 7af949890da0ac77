-- Pages show an outlet's name (and its site, for a page with no name); the poller rewrites the poll
-- state (last poll, validators, failures, next poll) on every poll of every source, which must not
-- empty every instance's page cache.
CREATE OR REPLACE TRIGGER "Outlet_notify_change" AFTER INSERT OR UPDATE OF name, site OR DELETE OR TRUNCATE ON "Outlet"
  FOR EACH STATEMENT EXECUTE FUNCTION chronicle_notify_change();
