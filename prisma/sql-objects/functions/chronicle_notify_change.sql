-- Tells every app instance listening on `chronicle_content` that what readers see has changed, so each
-- clears its response cache (lib/http/response-cache). Sent by the writing transaction itself, so it
-- arrives when that transaction commits and never when it rolls back; PostgreSQL folds identical
-- notifications of one transaction into one, so a bulk write costs one message.
CREATE OR REPLACE FUNCTION chronicle_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('chronicle_content', '');
  RETURN NULL;
END $$;
