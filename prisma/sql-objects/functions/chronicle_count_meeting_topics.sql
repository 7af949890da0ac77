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
  RETURN NULL;
END $$;
