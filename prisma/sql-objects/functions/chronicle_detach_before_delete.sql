-- Before a meeting is deleted, its topics and participants go first, each by a statement of its own, so
-- their count triggers run while the meeting is still there to say its year, date, kind and status (the
-- cascade would remove them after the meeting, when nothing tells which year they counted in). Before a
-- post is deleted, its participants let go of it while its title can still say their level (the
-- foreign key's SET NULL would run after the post is gone).
CREATE OR REPLACE FUNCTION chronicle_detach_before_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CASE TG_TABLE_NAME
    WHEN 'Meeting' THEN
      DELETE FROM "MeetingTopic" WHERE "meetingId" = OLD."id";
      DELETE FROM "MeetingParticipant" WHERE "meetingId" = OLD."id";
    WHEN 'Position' THEN
      UPDATE "MeetingParticipant" SET "positionId" = NULL WHERE "positionId" = OLD."id";
  END CASE;
  RETURN OLD;
END $$;
