-- Per topic, and per year and topic of dated meetings. The meetings are share-locked first so that a
-- concurrent change of a meeting's date (Meeting_count_update moves its topics to the new year) is
-- either seen by the next statement or waits for this one's rows.
CREATE OR REPLACE FUNCTION chronicle_count_meeting_topics() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_rows "MeetingTopic"[] := '{}';
  removed_rows "MeetingTopic"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN SELECT coalesce(array_agg(a), '{}') INTO added_rows FROM added a; END IF;
  IF TG_OP <> 'INSERT' THEN SELECT coalesce(array_agg(r), '{}') INTO removed_rows FROM removed r; END IF;
  INSERT INTO "TopicMeetingCount" AS c ("topicId", "meetings")
  SELECT x."topicId", sum(x.d)
  FROM (SELECT "topicId", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "topicId", -1 FROM unnest(removed_rows)) x
  JOIN "Topic" t ON t."id" = x."topicId"
  GROUP BY 1 HAVING sum(x.d) <> 0 ORDER BY 1
  ON CONFLICT ("topicId") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";

  PERFORM 1 FROM "Meeting" m
  WHERE m."id" IN (SELECT "meetingId" FROM unnest(added_rows) UNION SELECT "meetingId" FROM unnest(removed_rows))
  ORDER BY m."id" FOR SHARE;
  INSERT INTO "YearTopicCount" AS c ("year", "topicId", "meetings")
  SELECT extract(year FROM m."date")::int, x."topicId", sum(x.d)
  FROM (SELECT "meetingId", "topicId", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "meetingId", "topicId", -1 FROM unnest(removed_rows)) x
  JOIN "Meeting" m ON m."id" = x."meetingId"
  JOIN "Topic" t ON t."id" = x."topicId"
  WHERE m."date" IS NOT NULL
  GROUP BY 1, 2 HAVING sum(x.d) <> 0 ORDER BY 1, 2
  ON CONFLICT ("year", "topicId") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  RETURN NULL;
END $$;
