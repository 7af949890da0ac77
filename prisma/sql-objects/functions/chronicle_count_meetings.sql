CREATE OR REPLACE FUNCTION chronicle_count_meetings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_rows "Meeting"[] := '{}';
  removed_rows "Meeting"[] := '{}';
  moved int[];
  redated int[];
  recount_a int[];
  recount_b int[];
BEGIN
  IF TG_OP <> 'DELETE' THEN SELECT coalesce(array_agg(a), '{}') INTO added_rows FROM added a; END IF;
  IF TG_OP <> 'INSERT' THEN SELECT coalesce(array_agg(r), '{}') INTO removed_rows FROM removed r; END IF;
  INSERT INTO "MeetingCount" AS c ("kind", "status", "meetings")
  SELECT x."kind", x."status", sum(x.d)
  FROM (SELECT "kind", "status", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "kind", "status", -1 FROM unnest(removed_rows)) x
  GROUP BY 1, 2 HAVING sum(x.d) <> 0 ORDER BY 1, 2
  ON CONFLICT ("kind", "status") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  INSERT INTO "MonthMeetingCount" AS c ("month", "kind", "status", "meetings")
  SELECT x."month", x."kind", x."status", sum(x.d)
  FROM (SELECT chronicle_chart_month("date", "datePrecision") AS "month", "kind", "status", 1 AS d FROM unnest(added_rows)
        UNION ALL SELECT chronicle_chart_month("date", "datePrecision"), "kind", "status", -1 FROM unnest(removed_rows)) x
  WHERE x."month" IS NOT NULL
  GROUP BY 1, 2, 3 HAVING sum(x.d) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("month", "kind", "status") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";

  -- Meetings that changed year, kind or status move between YearMeetingCount's rows, and, when the
  -- year changed, take their topics to the new year. Participants and topics are counted by their own
  -- tables' triggers, so a meeting comes and goes here with none — level 'other', no topics — even when
  -- the importer inserts it together with its participants and topics in one statement (a deleted one has
  -- lost them already: Meeting_detach); an update moves it at the level its participants give it. (So a
  -- single statement that both changes a meeting's date and its participants or topics, through
  -- data-modifying CTEs, would count wrongly; nothing writes so.)
  SELECT coalesce(array_agg(DISTINCT y."id"), '{}') INTO moved
  FROM (
    SELECT x."id"
    FROM (SELECT "id", extract(year FROM "date")::int AS year, "kind", "status", 1 AS d FROM unnest(added_rows)
          UNION ALL SELECT "id", extract(year FROM "date")::int, "kind", "status", -1 FROM unnest(removed_rows)) x
    GROUP BY x."id", x.year, x."kind", x."status" HAVING sum(x.d) <> 0
  ) y;
  IF moved <> '{}' THEN
    INSERT INTO "YearMeetingCount" AS c ("year", "kind", "status", "level", "meetings")
    SELECT x.year, x."kind", x."status", l."level", sum(x.d)
    FROM (SELECT "id", extract(year FROM "date")::int AS year, "kind", "status", 1 AS d FROM unnest(added_rows) WHERE "date" IS NOT NULL
          UNION ALL SELECT "id", extract(year FROM "date")::int, "kind", "status", -1 FROM unnest(removed_rows) WHERE "date" IS NOT NULL) x
    JOIN chronicle_meeting_levels(moved, CASE WHEN TG_OP = 'UPDATE'
           THEN (SELECT coalesce(array_agg(mp), '{}') FROM "MeetingParticipant" mp WHERE mp."meetingId" = ANY(moved)) ELSE '{}' END) l
      ON l."meetingId" = x."id"
    GROUP BY 1, 2, 3, 4 HAVING sum(x.d) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("year", "kind", "status", "level") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  END IF;
  IF TG_OP <> 'UPDATE' THEN RETURN NULL; END IF;
  INSERT INTO "YearTopicCount" AS c ("year", "topicId", "meetings")
  SELECT x.year, mt."topicId", sum(x.d)
  FROM (SELECT "id", extract(year FROM "date")::int AS year, 1 AS d FROM unnest(added_rows) WHERE "date" IS NOT NULL
        UNION ALL SELECT "id", extract(year FROM "date")::int, -1 FROM unnest(removed_rows) WHERE "date" IS NOT NULL) x
  JOIN "MeetingTopic" mt ON mt."meetingId" = x."id"
  WHERE x."id" = ANY(moved)
  GROUP BY 1, 2 HAVING sum(x.d) <> 0 ORDER BY 1, 2
  ON CONFLICT ("year", "topicId") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";

  -- A meeting that changed its date may change the latest date of each pair of its participants (a new
  -- meeting's pairs are counted by MeetingParticipant's trigger, a deleted one has none left).
  SELECT coalesce(array_agg(DISTINCT y."id"), '{}') INTO redated
  FROM (
    SELECT x."id" FROM (SELECT "id", "date", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "id", "date", -1 FROM unnest(removed_rows)) x
    GROUP BY x."id", x."date" HAVING sum(x.d) <> 0
  ) y;
  IF redated <> '{}' THEN
    SELECT array_agg(p."officialId"), array_agg(q."officialId") INTO recount_a, recount_b
    FROM "MeetingParticipant" p JOIN "MeetingParticipant" q ON q."meetingId" = p."meetingId" AND q."officialId" > p."officialId"
    WHERE p."meetingId" = ANY(redated);
    PERFORM chronicle_recount_pairs(recount_a, recount_b);
  END IF;
  RETURN NULL;
END $$;
