-- A post's new title may change the level of every meeting where someone held it without a wording of
-- their own: those meetings move between YearMeetingCount's rows, their level read with the old titles
-- and with the new.
CREATE OR REPLACE FUNCTION chronicle_count_positions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_posts "Position"[];
  touched int[];
  participants "MeetingParticipant"[];
BEGIN
  SELECT coalesce(array_agg(r), '{}') INTO old_posts FROM removed r JOIN added a ON a."id" = r."id" WHERE a."title" IS DISTINCT FROM r."title";
  IF old_posts = '{}' THEN RETURN NULL; END IF;
  SELECT coalesce(array_agg(DISTINCT mp."meetingId" ORDER BY mp."meetingId"), '{}') INTO touched
  FROM "MeetingParticipant" mp WHERE mp."positionId" IN (SELECT "id" FROM unnest(old_posts)) AND mp."title" IS NULL;
  IF touched = '{}' THEN RETURN NULL; END IF;
  PERFORM 1 FROM "Meeting" m WHERE m."id" = ANY(touched) ORDER BY m."id" FOR NO KEY UPDATE;
  SELECT coalesce(array_agg(mp), '{}') INTO participants FROM "MeetingParticipant" mp WHERE mp."meetingId" = ANY(touched);
  INSERT INTO "YearMeetingCount" AS c ("year", "kind", "status", "level", "meetings")
  SELECT extract(year FROM m."date")::int, m."kind", m."status", x."level", sum(x.d)
  FROM (SELECT "meetingId", "level", -1 AS d FROM chronicle_meeting_levels(touched, participants, old_posts)
        UNION ALL SELECT "meetingId", "level", 1 FROM chronicle_meeting_levels(touched, participants)) x
  JOIN "Meeting" m ON m."id" = x."meetingId"
  WHERE m."date" IS NOT NULL
  GROUP BY 1, 2, 3, 4 HAVING sum(x.d) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("year", "kind", "status", "level") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  RETURN NULL;
END $$;
