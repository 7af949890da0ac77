-- TRUNCATE fires no row or statement DELETE triggers: empty the counts of what was emptied.
CREATE OR REPLACE FUNCTION chronicle_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CASE TG_TABLE_NAME
    WHEN 'Meeting' THEN
      DELETE FROM "MeetingCount"; DELETE FROM "MonthMeetingCount"; DELETE FROM "YearMeetingCount"; DELETE FROM "YearTopicCount";
      DELETE FROM "OfficialPairCount";
    WHEN 'MeetingParticipant' THEN
      DELETE FROM "OfficialMeetingCount"; DELETE FROM "CountryMeetingCount"; DELETE FROM "OfficialPairCount";
      -- With no one named, every dated meeting is at the lowest level.
      DELETE FROM "YearMeetingCount";
      INSERT INTO "YearMeetingCount" ("year", "kind", "status", "level", "meetings")
      SELECT extract(year FROM "date")::int, "kind", "status", 'other', count(*)::int FROM "Meeting" WHERE "date" IS NOT NULL GROUP BY 1, 2, 3;
    WHEN 'MeetingTopic' THEN DELETE FROM "TopicMeetingCount"; DELETE FROM "YearTopicCount";
    WHEN 'ArticleTopic' THEN DELETE FROM "TopicArticleCount";
  END CASE;
  RETURN NULL;
END $$;
